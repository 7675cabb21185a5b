package nl.ketenhub;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class KetenhubApplication {

    public static void main(String[] args) {
        SpringApplication.run(KetenhubApplication.class, args);
    }
}

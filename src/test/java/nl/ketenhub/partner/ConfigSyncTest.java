package nl.ketenhub.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.ketenhub.canonical.ContractEntity;
import nl.ketenhub.canonical.ContractEntityRepository;
import nl.ketenhub.canonical.PartnerEntity;
import nl.ketenhub.canonical.PartnerEntityRepository;
import nl.ketenhub.canonical.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import testsupport.JpaTestConfiguration;

@SpringBootTest(
        classes = ConfigSyncTest.Config.class,
        properties = {"ketenhub.config.dir=config", "ketenhub.config.allow-demo-tokens=true"})
class ConfigSyncTest {

    @Import({JpaTestConfiguration.class, PartnerDirectory.class, ContractRegister.class, ConfigSync.class})
    @EnableConfigurationProperties(PartnerConfigProperties.class)
    static class Config {}

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.h2(registry, TestDatabases.newSchemaName());
    }

    @Autowired
    PartnerDirectory directory;

    @Autowired
    ContractRegister register;

    @Autowired
    ConfigSync sync;

    @Autowired
    PartnerEntityRepository partnerRows;

    @Autowired
    ContractEntityRepository contractRows;

    @Autowired
    PlatformTransactionManager transactionManager;

    @TempDir
    Path dir;

    private List<Long> contractIds() {
        return contractRows.findAll().stream()
                .map(ContractEntity::getId)
                .sorted()
                .toList();
    }

    @Test
    void configurationIsSyncedAtStartUpAndAgainWithoutChanges() throws IOException {
        assertThat(partnerRows.findAll())
                .extracting(PartnerEntity::getCode)
                .containsExactlyInAnyOrder(
                        "0384", "0363", "42420001", "42420002", "65656055", "12345678", "1992", "42420003");
        assertThat(contractRows.count()).isEqualTo(register.all().size()).isEqualTo(18);
        List<Long> before = contractIds();

        sync.afterSingletonsInstantiated();

        assertThat(contractIds()).isEqualTo(before);
        assertThat(partnerRows.findAll()).allMatch(PartnerEntity::isActive);

        // a smaller configuration: one partner left, one contract remains
        Files.writeString(
                dir.resolve("partners.yaml"),
                """
                partners:
                  - code: "0384"
                    naam: Gemeente Diemen (nieuw)
                    channels: {intake: [HTTP], delivery: {type: PULL}}
                  - code: "42420001"
                    naam: Aanbieder
                    channels: {intake: [HTTP], delivery: {type: PULL}}
                """);
        Files.writeString(
                dir.resolve("contracts.yaml"),
                """
                contracts:
                  - gemeente: "0384"
                    aanbieder: "42420001"
                    wet: Jeugdwet
                    productcategorie: "55"
                    productcodes: [55A11]
                    ingangsdatum: 2026-01-01
                    einddatum: 2027-12-31
                    uitvoeringsvariant: inspanningsgericht
                """);
        PartnerConfigProperties smaller = new PartnerConfigProperties(dir.toString(), false);
        PartnerDirectory smallerDirectory = new PartnerDirectory(smaller, name -> null);
        ContractRegister smallerRegister = new ContractRegister(smaller, smallerDirectory);
        ConfigSync smallerSync =
                new ConfigSync(smallerDirectory, smallerRegister, partnerRows, contractRows, transactionManager);
        Long kept = contractRows.findAll().stream()
                .filter(c -> "55A11".equals(c.getProductcode()) && "42420001".equals(c.getAanbieder()))
                .findFirst()
                .orElseThrow()
                .getId();

        smallerSync.afterSingletonsInstantiated();

        assertThat(contractIds()).containsExactly(kept);
        assertThat(partnerRows.findById("0384"))
                .get()
                .extracting(PartnerEntity::getNaam)
                .isEqualTo("Gemeente Diemen (nieuw)");
        assertThat(partnerRows.findAll())
                .filteredOn(PartnerEntity::isActive)
                .extracting(PartnerEntity::getCode)
                .containsExactlyInAnyOrder("0384", "42420001");
        assertThat(partnerRows.count()).isEqualTo(directory.all().size());

        sync.afterSingletonsInstantiated();

        assertThat(partnerRows.findAll()).allMatch(PartnerEntity::isActive);
        assertThat(contractRows.count()).isEqualTo(register.all().size());
    }
}

package nl.ketenhub.regie;

import java.util.Set;
import nl.ketenhub.bericht.BerichtHandler;
import nl.ketenhub.bericht.BerichtType;
import nl.ketenhub.bericht.InboundBericht;
import nl.ketenhub.bericht.Outcome;
import org.springframework.stereotype.Component;

/** WMO305 / JW305 from an aanbieder: start of delivery, see {@link RegieProcessing}. */
@Component
class Start305Handler implements BerichtHandler {

    private final Start305Translator translator;
    private final RegieProcessing processing;

    Start305Handler(Start305Translator translator, RegieProcessing processing) {
        this.translator = translator;
        this.processing = processing;
    }

    @Override
    public Set<BerichtType> types() {
        return Set.of(BerichtType.WMO305, BerichtType.JW305);
    }

    @Override
    public Outcome handle(InboundBericht bericht) {
        return processing.process(bericht, translator.translate(bericht));
    }
}

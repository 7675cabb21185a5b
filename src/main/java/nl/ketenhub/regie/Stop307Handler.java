package nl.ketenhub.regie;

import java.util.Set;
import nl.ketenhub.bericht.BerichtHandler;
import nl.ketenhub.bericht.BerichtType;
import nl.ketenhub.bericht.InboundBericht;
import nl.ketenhub.bericht.Outcome;
import org.springframework.stereotype.Component;

/** WMO307 / JW307 from an aanbieder: stop of delivery, see {@link RegieProcessing}. */
@Component
class Stop307Handler implements BerichtHandler {

    private final Stop307Translator translator;
    private final RegieProcessing processing;

    Stop307Handler(Stop307Translator translator, RegieProcessing processing) {
        this.translator = translator;
        this.processing = processing;
    }

    @Override
    public Set<BerichtType> types() {
        return Set.of(BerichtType.WMO307, BerichtType.JW307);
    }

    @Override
    public Outcome handle(InboundBericht bericht) {
        return processing.process(bericht, translator.translate(bericht));
    }
}

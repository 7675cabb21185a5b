package nl.ketenhub.monitoring;

/** JMX view of OP090: answers not received in time ({@code nl.ketenhub:type=OverdueAnswers}). */
public interface OverdueAnswersMXBean {

    /** 301s and 319s delivered to aanbieders without a retour after 3 working days. */
    int getOverdueRetours();

    /** 323s forwarded to BACKEND gemeenten without a 325 after 10 working days. */
    int getOverdueDeclaratieAntwoorden();

    /** One line per overdue heenbericht: type, message id, receiver, Afzender, Identificatie, delivery time. */
    String[] getOverdue();
}

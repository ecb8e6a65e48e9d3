package app.worthit.language;

/** Listing texts in each language, written for these tests in the style of real event listings. */
final class Samples {
  static final String GERMAN = "Unser monatliches Netzwerktreffen für Gründerinnen und Gründer aus Berlin. Wir stellen"
      + " uns kurz vor, danach gibt es Zeit für Gespräche bei einem Getränk. Die Teilnahme ist kostenlos, bitte"
      + " meldet euch vorher über Meetup an.";
  static final String FRENCH = "Rejoignez-nous pour une soirée de networking entre professionnels du numérique à Lyon."
      + " Après une courte présentation, vous pourrez échanger avec les autres participants autour d'un verre."
      + " L'entrée est gratuite mais l'inscription est obligatoire.";
  static final String SPANISH = "Te invitamos a nuestro encuentro mensual de networking para profesionales del sector"
      + " tecnológico en Madrid. Habrá una breve charla y después tiempo para conocer a otros asistentes. La entrada"
      + " es gratuita, pero las plazas son limitadas.";
  static final String ITALIAN = "Ti aspettiamo al nostro aperitivo di networking per professionisti del digitale a"
      + " Milano. Dopo una breve presentazione ci sarà tempo per conoscere gli altri partecipanti. L'ingresso è"
      + " gratuito ma i posti sono limitati.";
  static final String DUTCH = "Kom naar onze maandelijkse netwerkborrel voor ondernemers in Amsterdam. Na een korte"
      + " presentatie is er tijd om andere deelnemers te leren kennen. De toegang is gratis, maar meld je wel even aan.";
  static final String PORTUGUESE = "Venha ao nosso encontro mensal de networking para profissionais de tecnologia em"
      + " Lisboa. Depois de uma breve apresentação, haverá tempo para conhecer os outros participantes. A entrada é"
      + " gratuita, mas as vagas são limitadas.";
  static final String ENGLISH = "Join us for our monthly networking evening for founders and product people. After a"
      + " short talk there is time to meet the other guests over a drink. Entry is free, but please register.";

  private Samples() {}
}

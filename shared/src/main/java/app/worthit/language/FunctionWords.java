package app.worthit.language;

/**
 * Each language's most common function words (articles, pronouns, prepositions, conjunctions,
 * auxiliaries), lowercase with their accents. Foreign words that are also English words ("in",
 * "also", "per", "come", "door", "met", "son") are left out, so English text never scores for
 * another language through them; an elided form keeps its apostrophe ("l'", "dell'").
 */
final class FunctionWords {
  /** Value flag: the word also starts or joins names ("Los Angeles", "Rio de Janeiro", "van Gogh"). */
  static final int PARTICLE = 1 << 8;

  private static final String ENGLISH = "the and of to for with you your is are our we will this that be at from"
      + " by or it an as all on us can have has more about who what how their they not if into which there when"
      + " where these those been was were would should could its it's we're you're don't let's i'm we'll you'll"
      + " i've we've they're that's there's isn't can't won't any each other some such than then them through"
      + " up out over just so only my me he she his her here why after before during while because between"
      + " under every many most much very well may must do does did get join please";
  private static final String GERMAN = "der die das den dem des ein eine einer einen einem eines und oder aber"
      + " nicht ist sind wird werden wurde sich mit für von zu zum zur auf bei beim aus nach über unter vor"
      + " durch gegen ohne um auch noch nur schon sehr wir ihr sie uns euch unser unsere ihre dein deine dich"
      + " dir mich mir ich du er es sein kann können möchten möchte wollen sollen muss gibt wie wenn dass weil"
      + " damit bis seit wo wer hier dort jetzt heute immer alle viele mehr im vom ins euer eure kein keine";
  private static final String FRENCH = "le la les un une des du de et est sont pour avec dans sur par pas ne ce"
      + " cette ces qui que nous vous ils elles il elle leur leurs notre nos votre vos mon ma mes sa ses au aux"
      + " en ou où mais tout tous toutes très bien être avoir fait peut sera seront été comme aussi entre sans"
      + " chez vers après avant lors pendant depuis donc alors si à ça déjà même l' d' qu' n' j' c' s' je te se";
  private static final String SPANISH = "el la los las un una unos unas del de en que es para por con sobre entre"
      + " como más muy pero también ya se su sus nuestro nuestra nuestros tu tus te lo le les nos al este esta"
      + " estos estas ese esa eso qué cuando donde dónde porque si sí hay ser estar está están puede pueden será"
      + " todo todos todas cada hasta desde hacia durante otro otra otros mismo aquí ahora nosotros ustedes usted"
      + " ellos ellas él mi mis yo y dos mas";
  private static final String ITALIAN = "il lo la gli le un uno una di da del dello della dei degli delle al allo"
      + " alla ai agli alle dal dalla dai nel nello nella nei nelle sul sulla sui con tra fra e è che chi non più"
      + " anche ma se sono siamo sei sarà essere avere hanno questo questa questi queste quello quella tutto"
      + " tutti tutte molto poi quando perché ci si ne vi noi voi loro nostro nostra nostri vostro suo sua suoi"
      + " mio mia ogni dopo senza insieme l' d' dell' all' nell' sull' dall' un' c'";
  private static final String DUTCH = "de het een en van op te dat die niet voor zijn er aan ook als bij om maar"
      + " dan nog wel naar uit tot kan wordt worden zal wij jij je jullie ons onze hun hen mijn jouw uw deze dit"
      + " hier daar wat wie waar wanneer omdat zoals alle veel meer geen tijdens samen";
  private static final String PORTUGUESE = "o os um uma uns umas do da dos das na nos nas ao aos à às de em e é que"
      + " para por com sem sobre entre como mais muito mas também já se seu sua seus suas nosso nossa nossos"
      + " você vocês ele ela eles elas eu nós este esta estes estas esse essa isso isto aqui agora quando onde"
      + " porque ser estar está estão pode podem será todo todos todas cada até desde durante outro outra mesmo"
      + " não sim pelo pela pelos pelas num numa lhe";
  private static final String PARTICLES = "de la le les el los las del della di da das dos do du des van von der"
      + " den die het y e";

  /** Every word above, each with the mask of the languages it belongs to (and PARTICLE). */
  static final WordTable TABLE = build();

  private FunctionWords() {}

  private static WordTable build() {
    String[] lists = {ENGLISH, GERMAN, FRENCH, SPANISH, ITALIAN, DUTCH, PORTUGUESE};
    WordTable table = new WordTable(1024);
    Language[] languages = Language.values();
    for (int l = 0; l < lists.length; l++) {
      addAll(table, lists[l], languages[l].bit());
    }
    addAll(table, PARTICLES, PARTICLE);
    return table;
  }

  private static void addAll(WordTable table, String words, int value) {
    int start = 0;
    for (int i = 0; i <= words.length(); i++) {
      if (i == words.length() || words.charAt(i) == ' ') {
        if (i > start) {
          table.add(words.substring(start, i), value);
        }
        start = i + 1;
      }
    }
  }
}

// From sentences to triples: find the actors, group them into phrases with their case markers,
// find event triggers, and give each trigger its subject and object by the grammar of the
// language (SVO with prepositions in English, SOV with postpositions in Hindi).
#include "jaal/extract/extractor.h"

#include <algorithm>
#include <array>
#include <map>
#include <optional>
#include <set>
#include <unordered_map>

#include <fmt/format.h>
#include <unicode/unistr.h>

#include "jaal/core/date.h"
#include "jaal/core/names.h"
#include "lexicon.h"
#include "transliterate.h"

namespace jaal::extract {
namespace {

// Bump when the extraction logic changes, so stores re-extract their articles.
constexpr std::string_view kLogicVersion = "extract-46";

constexpr int kNoActor = -1;

// ---- Actors found in a sentence ---------------------------------------------------------------

// Who a mention stands for: a lexicon actor, or a person the lexicon does not know.
struct Referent {
  int actor = kNoActor;  // lexicon index
  std::string new_name;  // Latin label of an unknown person
  std::string new_name_hi;
  bool valid() const { return actor != kNoActor || !new_name.empty(); }
  std::string Key() const { return actor != kNoActor ? "a" + std::to_string(actor) : "n:" + NameKey(new_name); }
  friend bool operator==(const Referent& a, const Referent& b) { return a.Key() == b.Key(); }
};

enum class MentionKind { kName, kPlace, kTitle, kPronounSubject, kPronounObject, kPronounGenitive, kPartialName, kNewName, kPronounIt, kPronounPlural, kPronounWe, kRelative, kPairOfStates, kPairOfLeaders, kPairOfGroups, kPairOfSides };

struct Mention {
  size_t begin = 0, end = 0;  // token range
  MentionKind kind = MentionKind::kName;
  int actor = kNoActor;       // for names, places
  int title = -1;             // for titles
  std::vector<int> candidates;  // for partial names: lexicon persons
  std::string partial_key;      // for partial names: the word(s) matched
  std::string surface;          // for new names: the name as written
  bool after_unknown_word = false;  // for Hindi partial names: "जेम्स थैचर" may be nobody the lexicon knows
  std::string word_before;          // ...and that unknown word's key, perhaps a first name spelt otherwise
  bool before_marker = true;        // for Hindi partial names: a postposition follows ("ओबामा ने")
  bool locates_only = false;        // a city: where something happens, never an actor
};

// A noun phrase made of mentions: "[रूस के] [रक्षा मंत्री] [आंद्रेई बेलौसोव]" -> Belousov, anchored to Russia.
struct Phrase {
  size_t begin = 0, end = 0;   // tokens covered, including the anchor
  Referent who;                // the actor the phrase stands for
  Referent anchor;             // country/organisation of an office holder
  int title = -1;
  bool person_named = false;   // a person is named (not only an office)
  bool pronoun = false;
  bool locative = false;       // "in Pyongyang" / "प्योंगयांग में"
  bool place = false;
  bool possessive = false;     // English "Russia's"
  bool office_resolved = false; // an office without a name, resolved to the holder the article names
  bool genitive_pronoun = false;  // English "his"/"her": a possessor, only ever a nominal's subject
  Referent leader;             // "the Santos government": the person named, whose country `who` is
  bool modifier = false;       // "सोमाली उग्रवादी गुट अल-शबाब": describes the next actor, is no argument
  bool locates_only = false;   // a city ("in Karachi"): kept only as a locative
  std::string marker;          // Hindi postposition after it / English preposition before it
  size_t marker_end = 0;       // token index past the Hindi marker
  int group = -1;              // coordination group id
  bool pair_first = false;     // the first of the two actors "the two countries" stands for
};

struct DocState {
  const Article* article = nullptr;
  Lang lang = Lang::kEn;
  std::optional<Date> article_date;
  std::optional<Date> last_event_date;
  std::map<std::string, double> salience;        // Referent key -> weight
  std::map<std::string, Referent> referents;     // Referent key -> referent
  std::set<int> named_persons;                   // lexicon persons named in full anywhere in the doc
  std::set<int> mentioned_actors;                // lexicon actors named anywhere in the doc
  std::map<std::string, std::vector<Referent>> new_people_words;  // a word of an unknown person's name -> persons
  Referent last_subject_person;
  std::map<std::string, std::set<int>> titles_given;  // Referent key -> offices the text gave that person
  Referent unclaimed_victim;  // who died in the last attack the text gave no attacker for
  Referent last_speaker;      // the speaker of the last sentence that named one: a quotation that follows is theirs
  Referent dateline_country;  // for national offices whose phrase names no country
  bool datelined = false;     // the article opens with a dateline, known or not ("BOGOTA (Reuters) -")
  std::map<std::string, int> abbreviations;  // "(ANP)" after a known body's name -> that body
  std::map<int, std::set<int>> office_anchors;  // office -> whose it was, where the text gave it without a name
  bool previous_counted_two = false;  // the sentence before counted two people ("दो पत्रकारों"): "दोनों" may be them
  std::array<std::vector<Referent>, 3> previous_named;  // states, persons, groups named in the sentence before ("the two countries")
};

bool IsPunct(const Token& t, std::string_view text) { return !t.word && t.text == text; }

// "बलूच लिबरेशन आर्मी (बीएलए) ने", "the Awami National Party (ANP) leader": a short parenthesis
// (an abbreviation) after a name does not part it from what follows. Returns where that begins.
size_t PastAbbreviation(const std::vector<Token>& toks, size_t at) {
  if (at >= toks.size() || !IsPunct(toks[at], "(")) return at;
  for (size_t c = at + 1; c < toks.size() && c <= at + 5; ++c)
    if (IsPunct(toks[c], ")")) return c + 1;
  return at;
}

// Two spellings of one Hindi name word ("व्लादिमीर", "व्लादीमिर"; "मनमोहन", "मनमोहण"): the same
// consonants in the same order, whatever the vowel signs, nukta, nasal marks and virama; ण is न.
// (Rajnath and Ramnath differ in a consonant, so they are two names.)
std::u32string ConsonantSkeleton(std::string_view word) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(word);
  std::u32string out;
  for (int32_t i = 0; i < u.length();) {
    UChar32 c = u.char32At(i);
    bool first = i == 0;
    i += U16_LENGTH(c);
    bool mark = (c >= 0x0900 && c <= 0x0903) || c == 0x093C || (c >= 0x093E && c <= 0x094D) || c == 0x0970 ||
                (!first && std::u32string_view(U"aeiouy").find(static_cast<char32_t>(c)) != std::u32string_view::npos);  // "Sergei" = "Sergey"; Omar is not Amir
    if (mark) continue;
    out.push_back(c == 0x0923 ? 0x0928 : c);
  }
  return out;
}

bool NearlySameWord(std::string_view a, std::string_view b) {
  std::u32string sa = ConsonantSkeleton(a), sb = ConsonantSkeleton(b);
  return sa.size() >= 2 && sa == sb;
}

// Nearly the same word with doubled consonants written once: "Mohamed" and "Mohammad".
bool SameSkeletonOnce(std::string_view a, std::string_view b) {
  auto once = [](std::u32string s) {
    s.erase(std::unique(s.begin(), s.end()), s.end());
    return s;
  };
  std::u32string sa = once(ConsonantSkeleton(a)), sb = once(ConsonantSkeleton(b));
  return sa.size() >= 2 && sa == sb;
}

bool EndsWith(const Token& t, std::string_view suffix) {
  return t.word && t.lower.size() > suffix.size() + 1 && t.lower.compare(t.lower.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// Hindi "कि" (that) between two positions: a reported clause.
bool KiBetween(const std::vector<Token>& toks, size_t from, size_t to) {
  for (size_t j = from; j < to && j < toks.size(); ++j)
    if (toks[j].key == "कि") return true;
  return false;
}

// "काबुल पहुंचकर ...": a phrase right before a conjunctive participle (-कर) is that verb's
// destination or object, never the main verb's subject.
bool EndsInKar(const Token& t) {
  constexpr std::string_view kKar = "कर";
  return t.word && t.key.size() > kKar.size() + 3 && t.key.compare(t.key.size() - kKar.size(), kKar.size(), kKar) == 0;
}

bool ConjunctiveParticipleAfter(const std::vector<Token>& toks, const Phrase& p) {
  size_t j = std::max(p.end, p.marker_end);
  if (j >= toks.size() || !toks[j].word) return false;
  if (j + 1 < toks.size() && toks[j + 1].key == "कर") return true;  // "पहुंच कर"
  return EndsInKar(toks[j]);
}

// A trigger that is itself a conjunctive participle ("पहुंचकर", "पहुंच कर").
bool ConjunctiveTrigger(const std::vector<Token>& toks, size_t trig_end) {
  return trig_end > 0 && (toks[trig_end - 1].key == "कर" || EndsInKar(toks[trig_end - 1]));
}

bool IsPerson(const Lexicon& lex, const Referent& r) {
  return r.actor == kNoActor ? r.valid() : lex.actors()[r.actor].type == EntityType::kPerson;
}

bool RoleHeld(const RoleEntry& role, const std::optional<Date>& on) {
  if (!on) return role.to.empty();
  long day = on->DaysSinceEpoch();
  if (!role.from.empty() && Date{role.from.year, role.from.month, role.from.day}.DaysSinceEpoch() > day) return false;
  if (!role.to.empty()) {
    Date to = role.to;
    // A bound given as a year or month covers that whole year or month.
    if (to.month == 0) to = Date{to.year, 12, 31};
    else if (to.day == 0) to = (to.month == 12 ? Date{to.year + 1, 1, 1} : Date{to.year, to.month + 1, 1}).AddDays(-1);
    if (to.DaysSinceEpoch() < day) return false;
  }
  return true;
}

class DocumentExtractor {
 public:
  DocumentExtractor(const Lexicon& lex, const Article& article, Lang lang)
      : lex_(lex), g_(lex.grammar(lang)) {
    doc_.article = &article;
    doc_.lang = lang;
    doc_.article_date = Date::Parse(article.date);
  }

  std::vector<Triple> Run() {
    std::vector<Sentence> sentences = SplitArticle();
    // "... घायल हुए। पढ़ेंः नेपाल: ...": a link inside a paragraph is furniture like a line.
    std::erase_if(sentences, [&](const Sentence& s) { return OpensWithFurniture(s.tokens); });
    std::vector<std::vector<Mention>> mentions(sentences.size());
    for (size_t i = 0; i < sentences.size(); ++i) {
      mentions[i] = FindMentions(sentences[i].tokens);
      for (const Mention& m : mentions[i]) {
        if (m.kind == MentionKind::kName && m.actor != kNoActor) {
          doc_.mentioned_actors.insert(m.actor);
          if (lex_.actors()[m.actor].type == EntityType::kPerson) doc_.named_persons.insert(m.actor);
        }
      }
    }
    doc_.dateline_country = DatelineCountry(sentences, mentions);
    // (Headers and a byline may stand on lines of their own before it.)
    for (size_t i = 0; i < sentences.size() && i < 4 && !doc_.datelined; ++i) doc_.datelined = Datelined(sentences[i].tokens);
    for (size_t i = 0; i < sentences.size(); ++i) LearnAbbreviations(sentences[i].tokens, mentions[i]);
    // Mentions are found again as each sentence is read: people first met after a title earlier
    // in the article ("opposition leader Alexei Navalny") are then known by one word ("Navalny").
    for (size_t i = 0; i < sentences.size(); ++i) {
      if (UsesDocumentWords(sentences[i].tokens)) mentions[i] = FindMentions(sentences[i].tokens);
      ExtractSentence(static_cast<int>(i), sentences[i], mentions[i]);
    }
    return Deduplicate();
  }

 private:
  // Whether a line opens with a dateline, placed or not: "BOGOTA (Reuters) -", "ACCRA, Ghana -" (a
  // word in capitals, perhaps after a byline: "Ama Owusu ACCRA, Jan 3 (IPS) -"), "इस्लामाबाद (भाषा):",
  // "नई दिल्ली:" (a bracket or colon right after the first word or two; a headline's "बोले-" is none).
  // It may name a place the lexicon lacks, so it only ever withholds a guess.
  bool Datelined(const std::vector<Token>& toks) const {
    bool english = doc_.lang == Lang::kEn;
    for (size_t place = 0; place < toks.size() && place < (english ? 6u : 1u); ++place) {
      if (!toks[place].word || (english && !(toks[place].all_caps && toks[place].text.size() > 2))) continue;
      for (size_t j = place + 1; j < toks.size() && j < place + (english ? 5 : 3); ++j)
        if (IsPunct(toks[j], "(") || IsPunct(toks[j], ":") ||
            (english && (IsPunct(toks[j], "-") || IsPunct(toks[j], "\u2013"))))
          return true;
    }
    return false;
  }

  // The country an article is datelined in, to which a national office with no country in its
  // phrase belongs ("Interior Minister Kemal Arslan said" under "ANKARA (Reuters) -"). Not the
  // country an article names most: that was wrong for a third of such offices (visiting ministers,
  // opposition spokesmen on foreign affairs). And only when the article names that country again:
  // a conference venue ("VIENNA (Reuters) - OPEC ministers ...") is no article's subject.
  Referent DatelineCountry(const std::vector<Sentence>& sentences, const std::vector<std::vector<Mention>>& mentions) const {
    if (sentences.empty() || mentions[0].empty()) return {};
    const std::vector<Token>& toks = sentences[0].tokens;
    const Mention& m = mentions[0].front();
    if (m.begin != 0 || m.kind != MentionKind::kPlace || m.actor == kNoActor ||
        lex_.actors()[m.actor].type != EntityType::kCountry || m.end >= toks.size())
      return {};
    // "ANKARA (Reuters) -", "ACCRA, Ghana (AP) --", "इस्लामाबाद (भाषा):", "नई दिल्ली:"; not
    // "WASHINGTON/MARRAKESH, Morocco", datelined in two countries.
    bool dateline = doc_.lang == Lang::kHi
                        ? IsPunct(toks[m.end], "(") || IsPunct(toks[m.end], ":") || IsPunct(toks[m.end], ",")
                        : toks[0].all_caps && !IsPunct(toks[m.end], "/");
    if (!dateline) return {};
    int named_again = 0;
    for (const auto& sentence : mentions)
      for (const Mention& n : sentence)
        named_again += (&n != &m && (n.kind == MentionKind::kName || n.kind == MentionKind::kPlace) && n.actor == m.actor);
    return named_again > 0 ? Referent{m.actor} : Referent{};
  }

  // ---- furniture and sentences -------------------------------------------------------------

  // "Read more:" opens "read more : ...", but "subscribe" does not open "subscribers ...": a rule ends
  // at a token boundary, or at the visarga some Hindi sites write for a colon ("पढ़ेंः").
  static bool OpensWith(const std::string& lower, const std::string& rule) {
    if (lower.compare(0, rule.size(), rule) != 0) return false;
    if (lower.size() == rule.size()) return true;
    unsigned char next = static_cast<unsigned char>(lower[rule.size()]);
    if (next < 0x80) return !std::isalnum(next);
    return lower.compare(rule.size(), 3, "\xE0\xA4\x83") == 0;  // U+0903 ः
  }

  // A sentence inside a paragraph that opens like a furniture line ("... घायल हुए। पढ़ेंः ...").
  bool OpensWithFurniture(const std::vector<Token>& toks) const {
    std::string lower;
    for (size_t i = 0; i < toks.size() && i < 6; ++i) lower += (i ? " " : "") + toks[i].lower;
    for (const std::string& prefix : lex_.furniture().prefixes)
      if (OpensWith(lower, prefix)) return true;
    return false;
  }

  std::vector<Sentence> SplitArticle() {
    const FurnitureRules& rules = lex_.furniture();
    // The rules below look at how a line starts, at whole lines no longer than the longest rule,
    // and at lines of a few words; a paragraph is tokenized only until none of that can change.
    size_t longest_rule = 0;
    for (const auto* list : {&rules.stops, &rules.exact, &rules.prefixes, &rules.short_prefixes})
      for (const std::string& s : *list) longest_rule = std::max(longest_rule, s.size() + 1);  // + 1: short prefix's " "
    const int max_words = std::max(8, rules.dateline_max_words);
    bool stopped = false;
    return lex_.segmenter().Split(doc_.article->text, [&](size_t, const std::string& line) {
      if (stopped || line.empty()) return false;
      size_t lower_len = 0;  // of "lower" below, with its trailing space
      int word_count = 0;
      std::vector<Token> toks = lex_.segmenter().TokenizePrefix(line, [&](const Token& t) {
        lower_len += t.lower.size() + 1;
        word_count += t.word;
        return word_count <= max_words || lower_len <= longest_rule + 1;
      });
      std::string lower;
      int words = 0;
      for (const Token& t : toks) {
        lower += t.lower + " ";
        words += t.word;
      }
      if (!lower.empty()) lower.pop_back();
      for (const std::string& s : rules.stops)
        if (OpensWith(lower, s)) {
          stopped = true;
          return false;
        }
      for (const std::string& s : rules.exact)
        if (lower == s) return false;
      for (const std::string& s : rules.prefixes)
        if (OpensWith(lower, s)) return false;
      for (const std::string& s : rules.short_prefixes)
        if (words <= 8 && lower.rfind(s + " ", 0) == 0) return false;
      // A dateline alone on its line ("सोल:", "SEOUL:") and editorial notes in parentheses.
      if (!toks.empty() && words <= rules.dateline_max_words && toks.back().text == ":") return false;
      if (line.front() == '(' && line.back() == ')') return false;
      if (words == 0) return false;
      return true;
    });
  }

  // ---- mentions ------------------------------------------------------------------------------

  bool IsGrammarWord(const std::vector<Token>& toks, size_t i) const {
    for (WordClass c : {WordClass::kStop, WordClass::kCoordination, WordClass::kClauseBreak, WordClass::kSpeech,
                        WordClass::kLightVerb, WordClass::kNegation, WordClass::kGenitive})
      if (g_.Is(c, toks, i)) return true;
    return g_.markers.Match(toks, i).has_value() || g_.months.Match(toks, i) || g_.weekdays.Match(toks, i) ||
           g_.triggers.Match(toks, i);
  }

  // English "to" opening an infinitive ("offered to start talks", "seeking ways to expel X"),
  // not a preposition before a determiner ("to the talks", "to his counterpart", "to some").
  bool InfinitiveAt(const std::vector<Token>& toks, size_t i) const {
    return i + 1 < toks.size() && toks[i].lower == "to" && toks[i + 1].word && !toks[i + 1].capitalized &&
           !g_.Is(WordClass::kArticle, toks, i + 1) && !g_.Is(WordClass::kPronounGenitive, toks, i + 1) &&
           !g_.Is(WordClass::kIndefinite, toks, i + 1);
  }

  // "चीन पहुंचे पुतिन, जिनपिंग से होगी मुलाकात": a state right before an earlier verb of arriving
  // is where someone went, not who meets later in the sentence.
  bool DestinationOfEarlierVisit(const std::vector<Token>& toks, const Phrase& p, size_t verb) const {
    size_t at = std::max(p.end, p.marker_end);
    if (!p.marker.empty() || IsPerson(lex_, p.who) || at >= verb) return false;
    auto visit = g_.triggers.Match(toks, at);
    return visit && visit->second <= verb && g_.patterns[visit->first].mode == "visit" &&
           g_.patterns[visit->first].location_object;
  }

  // "were met at the airport by X", "was attacked in Kabul on Friday by X": a short adjunct of
  // place or time between a passive verb and its "by" (words only, opening with a preposition).
  bool AdjunctOnlyBetween(const std::vector<Token>& toks, size_t from, size_t to) const {
    if (to > from + 7 || to <= from + 1 || !g_.Is(WordClass::kPreposition, toks, from) || toks[from].lower == "by" ||
        toks[from].lower == "to")
      return false;
    for (size_t j = from; j < to; ++j)
      if (!toks[j].word || g_.Is(WordClass::kClauseBreak, toks, j) || g_.Is(WordClass::kCoordination, toks, j) ||
          g_.Is(WordClass::kSpeech, toks, j) || g_.triggers.Match(toks, j) ||
          EndsWith(toks[j], "ed"))  // "criticised at a meeting organised by X": X organised it
        return false;
    return true;
  }

  // Relations that can be said of what an actor said or decided: praising, criticising, refusing
  // or granting "X's proposal" is done to X.
  static bool JudgesStatement(Relation r) {
    return r == Relation::kSupport || r == Relation::kAccuse || r == Relation::kReject || r == Relation::kConcede;
  }

  // "Later, May rebuked Togo": a month that is the last name of a person the article
  // named in full, not followed by a number and not after a preposition or time word ("in May").
  bool MonthIsNamedPerson(const std::vector<Token>& toks, size_t i, const std::vector<int>* persons) const {
    if (doc_.lang != Lang::kEn || !persons || !g_.months.Match(toks, i)) return false;
    if (i + 1 < toks.size() && toks[i + 1].word && std::isdigit(static_cast<unsigned char>(toks[i + 1].text[0]))) return false;
    if (i > 0 && (g_.Is(WordClass::kPreposition, toks, i - 1) || g_.Is(WordClass::kTimeDeterminer, toks, i - 1) ||
                  g_.Is(WordClass::kArticle, toks, i - 1) ||
                  std::isdigit(static_cast<unsigned char>(toks[i - 1].text[0]))))
      return false;
    for (int c : *persons)
      if (doc_.named_persons.count(c))
        for (const auto& keys : lex_.NameKeys(c))
          if (keys.size() >= 2 && keys.back() == toks[i].key) return true;
    return false;
  }

  // "National Security Council" is not the (U.N.) "Security Council": an organisation's name
  // right after another capitalised word is the tail of a longer name the lexicon lacks.
  bool InsideLongerName(const std::vector<Token>& toks, size_t i, int actor) const {
    if (doc_.lang != Lang::kEn || i == 0) return false;
    EntityType type = lex_.actors()[actor].type;
    if (type == EntityType::kPerson || type == EntityType::kCountry || type == EntityType::kRegion) return false;
    const Token& prev = toks[i - 1];
    return prev.word && prev.capitalized && !prev.possessive && !g_.Is(WordClass::kStop, toks, i - 1) &&
           !g_.Is(WordClass::kPreposition, toks, i - 1) && !lex_.actor_names().Match(toks, i - 1) &&
           !lex_.place_names().Match(toks, i - 1) && !lex_.titles().Match(toks, i - 1);
  }

  // Whether one of a lexicon person's names holds these words in this order ("George ... Bush"),
  // each word matched by `same`.
  template <typename Same>
  bool NameHoldsInOrder(int person, const std::vector<std::string>& words, Same same) const {
    for (const auto& keys : lex_.NameKeys(person)) {
      auto at = keys.begin();
      bool all = true;
      for (const std::string& w : words) {
        at = std::find_if(at, keys.end(), [&](const std::string& k) { return same(k, w); });
        if (at == keys.end()) {
          all = false;
          break;
        }
        ++at;
      }
      if (all) return true;
    }
    return false;
  }
  bool NameHasWordsInOrder(int person, const std::vector<std::string>& words) const {
    return NameHoldsInOrder(person, words, [](const std::string& k, const std::string& w) { return k == w; });
  }

  // Whether a name read as new has two or more words, each nearly a word of one of the person's
  // names in the same order ("Mohamed Ashraf" in "Mohammad Ashraf Ghani").
  bool NameNearlyWithin(int person, const std::string& surface) const {
    bool deva = false;
    for (unsigned char c : surface) deva = deva || c >= 0xE0;
    std::string latin = deva ? LatinLabel(surface, &lex_.name_spellings()) : surface;
    std::vector<std::string> words;
    for (const Token& t : lex_.segmenter().Tokenize(latin))
      if (t.word) words.push_back(t.key);
    return words.size() >= 2 &&
           NameHoldsInOrder(person, words, [](const std::string& k, const std::string& w) { return k == w || SameSkeletonOnce(k, w); });
  }

  // Two to four capitalised words read as an unknown person's name, none of which marks a place
  // or body ("Joint Base Andrews", "Red Sea").
  bool NewPersonRun(const std::vector<Token>& toks, size_t begin, size_t end) const {
    if (end <= begin || toks[end - 1].all_caps) return false;
    // "Another Western official": a determiner opens no name.
    if (g_.Is(WordClass::kIndefinite, toks, begin)) return false;
    size_t words = 0, capitalised = 0;
    for (size_t t = begin; t < end; ++t) {
      if (!toks[t].word) continue;
      if (g_.Is(WordClass::kNonPersonWord, toks, t)) return false;
      ++words;
      capitalised += toks[t].capitalized;
    }
    // "Chen Shui-bian" is a name; "the Communist-led island" is one capitalised word and a suffix.
    return words >= 2 && words <= 4 && capitalised >= 2;
  }

  // "the Awami National Party (ANP) ... ANP leaders", "अवामी नेशनल पार्टी (एएनपी) ... एएनपी के नेता":
  // an article that gives a body's abbreviation in brackets after its name uses it for that body.
  // Only bodies, one word that is an abbreviation (capitals; in Hindi, letter names), and not a
  // dateline's news agency ("UNITED NATIONS (AP) -", "संयुक्त राष्ट्र (भाषा):").
  void LearnAbbreviations(const std::vector<Token>& toks, const std::vector<Mention>& mentions) {
    for (const Mention& m : mentions) {
      if (m.kind != MentionKind::kName || m.actor == kNoActor || m.end + 2 >= toks.size()) continue;
      EntityType type = lex_.actors()[m.actor].type;
      if (type == EntityType::kPerson || type == EntityType::kCountry || type == EntityType::kRegion) continue;
      if (!IsPunct(toks[m.end], "(") || !IsPunct(toks[m.end + 2], ")")) continue;
      const Token& abbreviation = toks[m.end + 1];
      bool looks_abbreviated = doc_.lang == Lang::kEn ? abbreviation.all_caps && abbreviation.text.size() >= 2
                                                      : SpelledLetters(abbreviation.text).has_value();
      bool dateline = false;
      for (std::string_view dash : {":", "-", "--", "—", "–", "/"})
        dateline = dateline || (m.end + 3 < toks.size() && IsPunct(toks[m.end + 3], dash));
      if (!abbreviation.word || !looks_abbreviated ||
          dateline || IsGrammarWord(toks, m.end + 1) || lex_.actor_names().Match(toks, m.end + 1) ||
          lex_.place_names().Match(toks, m.end + 1) || lex_.titles().Match(toks, m.end + 1))
        continue;
      doc_.abbreviations.emplace(abbreviation.key, m.actor);
    }
  }

  // FindMentions reads the document only through new_people_words and abbreviations, both empty
  // on the first pass: a sentence none of whose words is in them now has the same mentions.
  bool UsesDocumentWords(const std::vector<Token>& toks) const {
    if (doc_.new_people_words.empty() && doc_.abbreviations.empty()) return false;
    for (const Token& t : toks)
      if (t.word && (doc_.new_people_words.count(t.key) || doc_.abbreviations.count(t.key))) return true;
    return false;
  }

  std::vector<Mention> FindMentions(const std::vector<Token>& toks) const {
    std::vector<Mention> out;
    for (size_t i = 0; i < toks.size();) {
      if (!toks[i].word) {
        ++i;
        continue;
      }
      // "the South American country", "Latin America": a region or a people, whatever name it holds.
      if (size_t e = i; g_.Is(WordClass::kNotActor, toks, i, &e) && e > i) {
        i = e;
        continue;
      }
      Mention best;
      size_t best_end = i;
      if (auto m = lex_.actor_names().Match(toks, i); m && m->second > best_end && !InsideLongerName(toks, i, m->first)) {
        best = Mention{i, m->second, MentionKind::kName, m->first};
        best_end = m->second;
      }
      if (auto m = lex_.place_names().Match(toks, i); m && m->second > best_end) {
        best = Mention{i, m->second, MentionKind::kPlace, m->first};
        best_end = m->second;
      }
      if (auto m = lex_.city_names().Match(toks, i); m && m->second > best_end) {
        best = Mention{i, m->second, MentionKind::kPlace, m->first};
        best.locates_only = true;
        best_end = m->second;
      }
      if (auto m = lex_.titles().Match(toks, i); m && m->second > best_end) {
        best = Mention{i, m->second, MentionKind::kTitle, kNoActor, m->first};
        best_end = m->second;
      }
      // An abbreviation the article defined, but not in the bracket that defines it.
      if (auto a = doc_.abbreviations.find(toks[i].key);
          best_end == i && a != doc_.abbreviations.end() && !(i > 0 && IsPunct(toks[i - 1], "(")) &&
          (doc_.lang == Lang::kHi || toks[i].all_caps)) {
        best = Mention{i, i + 1, MentionKind::kName, a->second};
        best_end = i + 1;
      }
      // "the US Senate": another actor's name starting inside this match and reaching past it
      // ("US Senate") is the mention, not the shorter "the US".
      if (best.kind == MentionKind::kName && best_end > i + 1) {
        bool longer_inside = false;
        for (size_t j = i + 1; j < best_end && !longer_inside; ++j)
          if (auto m = lex_.actor_names().Match(toks, j); m && m->second > best_end && m->first != best.actor) longer_inside = true;
        if (longer_inside) {
          ++i;
          continue;
        }
      }
      if (best_end == i) {
        size_t e = i;
        // "X ... है, जिस पर Y ने प्रतिबंध लगाया", "X, जो Y पर हमले करता है": a relative after a comma.
        if (doc_.lang == Lang::kHi && i > 0 && IsPunct(toks[i - 1], ",") && g_.Is(WordClass::kRelativePronoun, toks, i, &e))
          best = Mention{i, e, MentionKind::kRelative};
        else if (g_.Is(WordClass::kPairOfStates, toks, i, &e)) best = Mention{i, e, MentionKind::kPairOfStates};
        else if (g_.Is(WordClass::kPairOfLeaders, toks, i, &e)) best = Mention{i, e, MentionKind::kPairOfLeaders};
        else if (g_.Is(WordClass::kPairOfGroups, toks, i, &e)) best = Mention{i, e, MentionKind::kPairOfGroups};
        // ("दोनों ने": the bare word only before a postposition; "दोनों हमलों" is no pair of actors, and
        // "X और Y दोनों के बीच" repeats the pair just named.)
        else if (g_.Is(WordClass::kPairOfSides, toks, i, &e) && (e > i + 1 || (e < toks.size() && g_.markers.Match(toks, e))) &&
                 !(e == i + 1 && !out.empty() && out.back().end == i))
          best = Mention{i, e, MentionKind::kPairOfSides};
        else if (g_.Is(WordClass::kPronounSubject, toks, i, &e)) best = Mention{i, e, MentionKind::kPronounSubject};
        else if (g_.Is(WordClass::kPronounOther, toks, i, &e)) best = Mention{i, e, MentionKind::kPronounIt};
        else if (g_.Is(WordClass::kPronounObject, toks, i, &e)) best = Mention{i, e, MentionKind::kPronounObject};
        else if (g_.Is(WordClass::kPronounPlural, toks, i, &e)) best = Mention{i, e, MentionKind::kPronounPlural};
        else if (g_.Is(WordClass::kPronounWe, toks, i, &e) && InsideQuotation(toks, i)) best = Mention{i, e, MentionKind::kPronounWe};
        else if (g_.Is(WordClass::kPronounGenitive, toks, i, &e) && toks[i].key.rfind("अपन", 0) != 0 &&
                 (doc_.lang == Lang::kHi || toks[i].lower == "his" || toks[i].lower == "her"))
          best = Mention{i, e, MentionKind::kPronounGenitive};  // "his meeting with Allawi"
        else
          e = i;  // "अपनी", "their": a genitive pronoun that names nobody is no mention at all
        if (e > i) best_end = e;
      }
      // An honorific before a name ("Sheikh Tamim bin Hamad") starts no name of its own; the
      // lexicon's full names ("Sheikh Hasina") were tried above.
      size_t honorific_end = i;
      bool honorific = g_.Is(WordClass::kHonorific, toks, i, &honorific_end) && honorific_end < toks.size() &&
                       toks[honorific_end].word && (doc_.lang == Lang::kHi || toks[honorific_end].capitalized);
      if (best_end == i) {
        // One or two words of a person's name: "Kim", "बेलौसोव", "किम जोंग".
        if (!honorific && (doc_.lang == Lang::kHi || toks[i].capitalized)) {
          // Two-word keys ("किम जोंग") are only stored for persons whose first word is a key of its
          // own, so most words need neither the joined key nor its lookup.
          const auto* one = lex_.PersonsWithNameWord(toks[i].key);
          size_t j = i + 1;
          while (j < toks.size() && !toks[j].word && (toks[j].text == "-") && j + 1 < toks.size()) ++j;
          // (English names are capitalised: "Mohammed said" is not Mohammed Said al-Sahhaf.)
          if (one && j < toks.size() && toks[j].word && (doc_.lang == Lang::kHi || toks[j].capitalized)) {
            if (const auto* two = lex_.PersonsWithNameWord(toks[i].key + " " + toks[j].key)) {
              best = Mention{i, j + 1, MentionKind::kPartialName};
              best.candidates = *two;
              best.partial_key = toks[i].key + " " + toks[j].key;
              best_end = j + 1;
            }
          }
          // (An ordinary word that is also a name word, "ली", names someone only if the article named
          // them in full and a postposition follows: "ली ने कहा", not "जिम्मेदारी ली".)
          bool ordinary = g_.Is(WordClass::kNotNameWord, toks, i) &&
                          !(one && i + 1 < toks.size() && g_.markers.Match(toks, i + 1) &&
                            std::any_of(one->begin(), one->end(), [&](int c) { return doc_.named_persons.count(c) > 0; }));
          if (best_end == i && (!IsGrammarWord(toks, i) || MonthIsNamedPerson(toks, i, one)) && !ordinary) {  // "Putin's visit" names Putin as "Putin" does
            bool local = doc_.new_people_words.count(toks[i].key) > 0;
            if (one || local) {
              best = Mention{i, i + 1, MentionKind::kPartialName};
              if (one) best.candidates = *one;
              best.partial_key = toks[i].key;
              best_end = i + 1;
              // ("Tareq Aziz" is not Shaukat Aziz: in English the unknown word is a capitalised one
              // inside the sentence, where capitals mark names.)
              bool script_ok = doc_.lang == Lang::kHi ? i > 0 && toks[i - 1].devanagari
                                                      : i > 1 && toks[i - 1].capitalized && !toks[i - 1].all_caps;
              best.after_unknown_word = script_ok && toks[i - 1].word &&
                                        !IsGrammarWord(toks, i - 1) && !lex_.actor_names().Match(toks, i - 1) &&
                                        !lex_.place_names().Match(toks, i - 1) && !lex_.titles().Match(toks, i - 1) &&
                                        !g_.Is(WordClass::kHonorific, toks, i - 1) && !g_.Is(WordClass::kPreposition, toks, i - 1);
              if (best.after_unknown_word) best.word_before = toks[i - 1].key;
              best.before_marker = doc_.lang == Lang::kEn || i + 1 >= toks.size() || !toks[i + 1].word ||
                                   g_.markers.Match(toks, i + 1);
            }
          }
          // "Tom Hale" is not Tom Cotton: a known name word that a longer capitalised name goes on
          // past starts a person the lexicon lacks — unless the name ends in a word of a known
          // person ("George Bush", "the Merkel-Abe meeting").
          if (best_end > i && doc_.lang == Lang::kEn) {
            std::string name;
            size_t e = ReadNewName(toks, i, name);
            // "Sung Kim" is not Kim Jong-un: the last word ends a known name only when it is the same
            // person's ("George Bush") or joined by a hyphen ("Merkel-Abe").
            bool known_end = false;
            if (const auto* last = e > best_end ? lex_.PersonsWithNameWord(toks[e - 1].key) : nullptr) {
              known_end = IsPunct(toks[e - 2], "-");
              for (int c : *last)  // in the name's order: "Sung Kim" is not Kim Il-sung
                known_end = known_end || NameHasWordsInOrder(c, {toks[i].key, toks[e - 1].key});
            }
            if (e > best_end && NewPersonRun(toks, i, e) && !known_end && !doc_.new_people_words.count(toks[e - 1].key)) {
              best = Mention{i, e, MentionKind::kNewName};
              best.surface = name;
              best_end = e;
            }
          }
        }
      }
      // "Lord Goldsmith", "Baroness Morgan": a peer is known by title and name together.
      // "Lord Falconer", "Baroness Morgan": a peer is named by title and one name, unless that name is a
      // known person's surname ("Lord Goldsmith" is Peter Goldsmith; Morgan Tsvangirai's first name is none).
      auto surname_of_known = [&](const Token& t) {
        if (const std::vector<int>* persons = lex_.PersonsWithNameWord(t.key))
          for (int c : *persons) {
            const std::string& name = lex_.actors()[c].name_en;
            size_t space = name.rfind(' ');
            if (NameKey(space == std::string::npos ? name : name.substr(space + 1)) == t.key) return true;
          }
        return false;
      };
      if (best_end == i && doc_.lang == Lang::kEn && toks[i].capitalized && g_.Is(WordClass::kPeerTitle, toks, i) &&
          i + 1 < toks.size() && toks[i + 1].capitalized && !surname_of_known(toks[i + 1]) &&
          !toks[i + 1].all_caps) {
        std::string name;
        size_t e = ReadNewName(toks, i + 1, name);
        if (e > i + 1 && e <= i + 3) {
          best = Mention{i, e, MentionKind::kNewName};
          best.surface = toks[i].text + " " + name;
          best_end = e;
        }
      }
      if (best_end == i && doc_.lang == Lang::kEn && toks[i].capitalized && !honorific &&
          (i == 0 || !toks[i - 1].capitalized || g_.Is(WordClass::kHonorific, toks, i - 1))) {
        // A run of capitalised words the lexicon does not know: a person ("Evan Gershkovich"),
        // unless its words say it is a place or body ("Joint Base Andrews", "Red Sea").
        std::string name;
        size_t e = ReadNewName(toks, i, name);
        if (NewPersonRun(toks, i, e)) {
          best = Mention{i, e, MentionKind::kNewName};
          best.surface = name;
          best_end = e;
          // "Le Drian" is the end of Jean-Yves Le Drian's name, not someone new.
          std::vector<std::string> run;
          for (size_t t = i; t < e; ++t)
            if (toks[t].word) run.push_back(toks[t].key);
          if (const auto* last = lex_.PersonsWithNameWord(toks[e - 1].key)) {
            std::vector<int> holders;
            for (int c : *last)
              if (NameHasWordsInOrder(c, run)) holders.push_back(c);
            if (!holders.empty()) {
              best = Mention{i, e, MentionKind::kPartialName};
              best.candidates = holders;
              best.partial_key = toks[e - 1].key;
            }
          }
        }
      }
      // "the Awami National Party (ANP) leader": a body's abbreviation in brackets after its name
      // is the same mention, not a second actor.
      bool bracketed_again = best.kind == MentionKind::kName && !out.empty() && out.back().actor == best.actor &&
                             out.back().end + 1 == i && IsPunct(toks[i - 1], "(") && best_end < toks.size() &&
                             IsPunct(toks[best_end], ")");
      if (best_end > i && !bracketed_again) {
        out.push_back(best);
        i = best_end;
      } else if (bracketed_again) {
        i = best_end;
      } else {
        ++i;
      }
    }
    return out;
  }

  // ---- resolving who a mention is ---------------------------------------------------------------

  // "King Abdullah", "Jordan's King Abdullah": the office narrows who a bare name can be.
  Referent ResolvePartial(const Mention& m, int title, const Referent& anchor) const {
    if (title < 0) return ResolvePartial(m);
    Mention narrowed = m;
    narrowed.candidates.clear();
    for (int c : m.candidates)
      for (const RoleEntry& r : lex_.RolesOf(c))
        if (r.title == title && (!anchor.valid() || r.org == anchor.actor)) {
          narrowed.candidates.push_back(c);
          break;
        }
    Referent r = ResolvePartial(narrowed);
    return r.valid() ? r : ResolvePartial(m);
  }

  // The one candidate of a surname who held this office (for the anchor, if any) on the article's date.
  Referent HolderByOffice(const Mention& m, int title, const Referent& anchor) const {
    std::set<int> holders;
    for (int c : m.candidates)
      for (const RoleEntry& r : lex_.RolesOf(c))
        if (r.title == title && (!anchor.valid() || r.org == anchor.actor) &&
            (!doc_.article_date || RoleHeld(r, doc_.article_date)))
          holders.insert(c);
    return holders.size() == 1 ? Referent{*holders.begin()} : Referent{};
  }

  // "बलवंत सिंह" is not Rajnath Singh: after a word the lexicon lacks, a surname several known
  // people share is one of them only when the word is their first name spelt another way
  // ("मनमोहन"). A surname only one person has ("पहुंचकर मोदी से") needs no first name.
  bool FirstNameAgrees(const Mention& m, int candidate) const {
    // (A Hindi word before a lone candidate is too often a verb or noun to overrule it.)
    if (!m.after_unknown_word || (doc_.lang == Lang::kHi && m.candidates.size() < 2)) return true;
    for (const auto& keys : lex_.NameKeys(candidate))
      for (size_t k = 0; k + 1 < keys.size(); ++k)
        if (keys[k + 1] == m.partial_key && NearlySameWord(keys[k], m.word_before)) return true;
    return false;
  }

  Referent ResolvePartial(const Mention& m) const {
    // The most salient person named in this document with that name word: salience, not
    // recency, decides between two Kims ...
    Referent best;
    double best_w = -1;
    auto consider = [&](const Referent& r) {
      auto it = doc_.salience.find(r.Key());
      double w = it == doc_.salience.end() ? 0.1 : it->second;
      if (w > best_w) best = r, best_w = w;
    };
    // (In English a person named in full is met again under any capitalised word: "Prince Mohammed".)
    for (int c : m.candidates)
      if (doc_.named_persons.count(c) && (doc_.lang == Lang::kEn || FirstNameAgrees(m, c))) consider(Referent{c});
    if (auto it = doc_.new_people_words.find(m.partial_key); it != doc_.new_people_words.end())
      for (const Referent& r : it->second) consider(r);
    if (best.valid()) return best;
    // ... or the only one who held an office on the article's date, when the word is the
    // person's last name ("Putin"); first names are too often ordinary words ("अमीर").
    std::vector<int> last_named, in_office, leaders;
    for (int c : m.candidates) {
      bool last_name = false;
      for (const auto& keys : lex_.NameKeys(c)) last_name = last_name || keys.back() == m.partial_key;
      if (last_name && FirstNameAgrees(m, c)) last_named.push_back(c);
    }
    // (One of the many less known office holders only in English — Hindi has no capitals, and
    // their surnames include words like "नाम" — and where the article names their country:
    // "Mohammed" in a Gulf story is not Ethiopia's defence minister.)
    for (int c : last_named)
      for (const RoleEntry& r : lex_.RolesOf(c))
        if (RoleHeld(r, doc_.article_date) &&
            (lex_.actors()[c].known_by_surname || (doc_.lang == Lang::kEn && doc_.mentioned_actors.count(r.org)))) {
          in_office.push_back(c);
          break;
        }
    if (in_office.size() == 1) return Referent{in_office.front()};
    if (!in_office.empty()) return {};
    // Nobody of that name in office (most articles carry no date): the one person of that last
    // name the lexicon knows as a head or minister, in office before the article's date — a bare
    // "Thatcher" or "Obama" is the famous one. Two such ("Bush") stay unresolved. A Hindi word is
    // read as a name only before a postposition ("हो" in "हो रहे हैं" is a verb, not Ri Yong-ho) and
    // not after a word the lexicon lacks ("जेम्स थैचर" is not Margaret Thatcher).
    // (A shared surname's candidates were kept only where the unknown word is their first name.)
    bool first_name_checked = m.after_unknown_word && (m.candidates.size() >= 2 || doc_.lang == Lang::kEn);
    if (!m.before_marker || (m.after_unknown_word && !first_name_checked)) return {};
    for (int c : last_named) {
      if (!lex_.actors()[c].known_by_surname) continue;
      for (const RoleEntry& r : lex_.RolesOf(c)) {
        const std::string& kind = lex_.title_list()[r.title].kind;
        bool began = !doc_.article_date || r.from.empty() ||
                     Date{r.from.year, r.from.month, r.from.day}.DaysSinceEpoch() <= doc_.article_date->DaysSinceEpoch();
        if ((kind == "head" || kind == "minister") && began) {
          leaders.push_back(c);
          break;
        }
      }
    }
    if (leaders.size() == 1) return Referent{leaders.front()};
    return {};
  }

  // Quotation marks; single ones only in Hindi, where English would read an apostrophe.
  bool QuoteMark(const Token& t) const {
    if (t.text == "\"" || t.text == "\u201C" || t.text == "\u201D" || t.text == "''") return true;
    return doc_.lang == Lang::kHi && (t.text == "'" || t.text == "\u2018" || t.text == "\u2019");
  }

  // An odd number of quotation marks before `at` in the sentence: `at` is quoted.
  bool InsideQuotation(const std::vector<Token>& toks, size_t at) const {
    int marks = 0;
    for (size_t j = 0; j < at; ++j) marks += QuoteMark(toks[j]) ? 1 : 0;
    return marks % 2 == 1;
  }

  // Who "we" is in a quotation: the speaker named with the verb of saying right after the closing
  // mark ("...," Ghana's foreign minister said; "...," घाना ने कहा) or right before the opening one
  // (Ghana said: "We ..."). A state, body or demonym among the speaker's words is the side spoken
  // for; a person the lexicon knows speaks for the state it has them heading or serving as minister
  // on the article's date, else for themselves. Nobody, when no verb of saying names the speaker
  // there (or only a person the lexicon lacks: naming them here would make them anew).
  Referent SpeakerOfQuotation(const std::vector<Token>& toks, const std::vector<Mention>& mentions, size_t at) const {
    size_t open = at, close = at;
    while (open > 0 && !QuoteMark(toks[open - 1])) --open;
    while (close < toks.size() && !QuoteMark(toks[close])) ++close;
    if (open == 0 || close >= toks.size()) return {};
    // The speaker's words: after the closing mark up to the sentence's end or the next mark, or
    // before the opening one back to the sentence's start.
    size_t after_end = close + 1;
    while (after_end < toks.size() && after_end < close + 14 && !QuoteMark(toks[after_end]) && !IsPunct(toks[after_end], "."))
      ++after_end;
    size_t before_begin = open - 1;
    while (before_begin > 0 && before_begin + 14 > open && !QuoteMark(toks[before_begin - 1])) --before_begin;
    auto speech_at = [&](size_t from, size_t to) {
      for (size_t j = from; j < to && j < toks.size(); ++j)
        if (g_.Is(WordClass::kSpeech, toks, j)) return j;
      return toks.size();
    };
    // Before the quote the nearest verb of saying is the quoted one's ("X said Y had told him: ..."
    // quotes Y), and its subject begins after the last comma, clause break or other verb of saying
    // ("After talks with Togo's president, Ghana's leader said: ...").
    // (A noun of speech after a determiner, one adjective apart at most, "said in a joint statement",
    // is no verb of its own.)
    auto determined = [&](size_t w) {
      for (size_t d = w; d > 0 && d + 2 >= w; --d)
        if (g_.Is(WordClass::kArticle, toks, d - 1) || g_.Is(WordClass::kPronounGenitive, toks, d - 1)) return true;
      return false;
    };
    auto last_speech = [&](size_t from, size_t to) {
      for (size_t j = to; j > from; --j)
        if (g_.Is(WordClass::kSpeech, toks, j - 1) && !determined(j - 1)) return j - 1;
      return toks.size();
    };
    // Only the verb's own subject speaks: the words before the verb of saying, or the two after it
    // ("said the ministry"), not one it addresses ("he wrote to the head of the AU").
    size_t from = close + 1, to = after_end;
    if (size_t verb = speech_at(from, to); verb < to) {
      to = verb > from ? verb : std::min(to, verb + 3);
      if (verb == from) from = verb + 1;
    } else if (size_t verb_before = last_speech(before_begin, open - 1); verb_before < open - 1) {
      from = before_begin, to = verb_before;
      for (size_t j = verb_before; j > before_begin; --j)
        if (IsPunct(toks[j - 1], ",") || g_.Is(WordClass::kClauseBreak, toks, j - 1) || g_.Is(WordClass::kSpeech, toks, j - 1)) {
          from = j;
          break;
        }
      // "Ghana's president, who met Togo's leader on Monday, said: ...": past a relative clause
      // between commas, its antecedent speaks.
      if (from == verb_before && from >= 2 && IsPunct(toks[from - 1], ","))
        for (size_t j = from - 1; j > before_begin; --j)
          if (IsPunct(toks[j - 1], ",") && g_.Is(WordClass::kRelative, toks, j)) {
            size_t start = j - 1;
            while (start > before_begin && !IsPunct(toks[start - 1], ",") && !g_.Is(WordClass::kClauseBreak, toks, start - 1)) --start;
            from = start, to = j - 1;
            break;
          }
    } else if (open == 1 && speech_at(0, toks.size()) == toks.size()) {
      // A sentence that is all quotation continues the last speaker's words: "..., he told
      // reporters. “We back Togo.”"
      return SideOf(doc_.last_speaker);
    } else {
      return {};
    }
    // "मोदी ने टोगो के राष्ट्रपति से कहा, '...'": the agent before "ने" speaks, not the one spoken to.
    if (doc_.lang == Lang::kHi)
      for (size_t j = from; j < to; ++j)
        if (toks[j].key == "ने") {
          to = j;
          break;
        }
    Referent person;
    for (const Mention& m : mentions) {
      if (m.begin < from || m.end > to) continue;
      // "a Ghanaian analyst said": a private person speaks for no state.
      if (m.end < toks.size() && g_.Is(WordClass::kNonStateNoun, toks, m.end)) return {};
      if ((m.kind == MentionKind::kName || m.kind == MentionKind::kPlace) && m.actor != kNoActor &&
          lex_.actors()[m.actor].type != EntityType::kPerson)
        return Referent{m.actor};
      if (person.valid()) continue;
      if (m.kind == MentionKind::kName && m.actor != kNoActor) person = Referent{m.actor};
      if (m.kind == MentionKind::kPartialName) person = ResolvePartial(m);
    }
    return SideOf(person);
  }

  // The side a speaker speaks for: a person, the one state the lexicon has them heading or serving
  // as minister on the article's date (else themselves); anyone else, themselves.
  Referent SideOf(const Referent& speaker) const {
    if (speaker.actor == kNoActor || !IsPerson(lex_, speaker)) return speaker;
    std::set<int> states;
    for (const RoleEntry& r : lex_.RolesOf(speaker.actor)) {
      const std::string& kind = lex_.title_list()[r.title].kind;
      if ((kind == "head" || kind == "minister") && doc_.article_date && RoleHeld(r, doc_.article_date)) states.insert(r.org);
    }
    return states.size() == 1 ? Referent{*states.begin()} : speaker;
  }

  // The state a person serves: the one the lexicon has them heading or serving as minister on the
  // article's date, else one the article has already given them a role in. A state serves itself.
  std::string StateServed(const Referent& person) const {
    if (person.actor != kNoActor && lex_.actors()[person.actor].type == EntityType::kCountry) return Ref(person).id;
    if (!IsPerson(lex_, person)) return {};
    if (Referent side = SideOf(person); !(side == person)) return Ref(side).id;
    const std::string id = Ref(person).id;
    for (const Triple& t : triples_)
      if (t.relation == Relation::kRole && t.subject.id == id && t.object.type == EntityType::kCountry) return t.object.id;
    return {};
  }

  // "घाना ने अमेरिका से अनुरोध किया कि वह ...": an actor spoken to (से, को) before the कि may be who वह
  // is, so the speaker is not assumed ("सोमवार को", "पत्रकारों से" name no one who could be).
  bool AddresseeBetween(const std::vector<Token>& toks, const std::vector<Phrase>& phrases, size_t from, size_t to) const {
    for (size_t j = from; j < to && j < toks.size() && toks[j].key != "कि"; ++j)
      if (auto m = g_.markers.Match(toks, j); m && (g_.marker_names[m->first] == "से" || g_.marker_names[m->first] == "को"))
        for (const Phrase& p : phrases)
          if (p.end == j && p.begin >= from) return true;
    return false;
  }

  enum class PairKind { kStates, kPersons, kGroups };

  bool OfKind(const Referent& r, PairKind kind) const {
    if (r.actor == kNoActor) return kind == PairKind::kPersons && IsPerson(lex_, r);
    EntityType type = lex_.actors()[r.actor].type;
    switch (kind) {
      case PairKind::kStates: return type == EntityType::kCountry;
      case PairKind::kPersons: return type == EntityType::kPerson;
      case PairKind::kGroups:
        return type == EntityType::kArmedGroup || type == EntityType::kOrganisation || type == EntityType::kParty ||
               type == EntityType::kGroup;
    }
    return false;
  }

  // The distinct actors of a kind named, not by a pronoun, in `phrases`.
  std::vector<Referent> NamedIn(const std::vector<Phrase>& phrases, PairKind kind) const {
    std::vector<Referent> out;
    for (const Phrase& p : phrases)
      if (!p.pronoun && p.who.valid() && OfKind(p.who, kind) && std::find(out.begin(), out.end(), p.who) == out.end())
        out.push_back(p.who);
    return out;
  }

  // Whom "the two countries" means (`at`: where it begins; `earlier`: a pair this sentence already
  // named, which a second reference repeats).
  // - Opening a clause of its own (`pair_opener`: "and", a comma, "के बाद"): the two named before it in
  //   the sentence ("Ghana hosted Togo's ministers, and the two countries signed"; "After Ghana and
  //   Togo held talks, the two countries ..."), or the two acted on by the first ("Benin urged Ghana
  //   and Togo to talk, and the two countries agreed"), as long as one of them is a subject — not
  //   "Under pressure from Ghana and Togo, the two countries ...".
  // - Two named as a pair ("relations between Ghana and Togo, the two countries ...").
  // - Else the two of the sentence before, which one named in an adjunct here may join ("relations
  //   with Japan ... both countries"); a subject named before it in its clause is none of them ("The
  //   US and China urged both countries"), nor is a venue ("met Kishida in Lima").
  // Any other count is no pair.
  std::vector<Referent> PairInView(const std::vector<Token>& toks, const std::vector<Phrase>& so_far, PairKind kind,
                                   size_t at, const std::optional<std::vector<Referent>>& earlier) const {
    if (earlier) return *earlier;
    std::vector<Referent> here;
    bool subject_here = false;
    // (English: a conjunct after "and" shares the preposition of the one before it, "from Ghana and Togo"; after
    // "after", "before", "once" a clause's subject stands: "After Ghana and Togo held talks, ...".)
    bool conjunct_oblique = false;
    size_t last_end = kNone;
    for (const Phrase& p : so_far) {
      // ("The presidents of Ghana and Togo met": people "of" actors stand for them.)
      bool oblique = Oblique(toks, p) && !(doc_.lang == Lang::kEn && (g_.Is(WordClass::kClauseSubordinator, toks, p.begin - 1) ||
                                                                      AgentNounBeforeOf(toks, p.begin) != kNone));
      if (doc_.lang == Lang::kEn && p.begin > 0 && last_end == p.begin - 1 && g_.Is(WordClass::kCoordination, toks, p.begin - 1))
        oblique = oblique || conjunct_oblique;
      conjunct_oblique = oblique;
      last_end = p.end;
      if (p.pronoun || !p.who.valid() || !OfKind(p.who, kind) || Venue(toks, p)) continue;
      if (std::find(here.begin(), here.end(), p.who) == here.end()) here.push_back(p.who);
      subject_here = subject_here || !oblique;
    }
    // (Grammar classes hold words only, so the comma and semicolon are read here.)
    bool opens_clause = at > 0 && (g_.Is(WordClass::kPairOpener, toks, at - 1) || IsPunct(toks[at - 1], ",") || IsPunct(toks[at - 1], ";"));
    // ("घाना और टोगो के बीच बेनिन की मध्यस्थता से वार्ता हुई और दोनों ने ...": the pair "के बीच",
    // whoever else is named — unless two others are the subjects: "बेनिन और नाइजर ने X और Y के बीच ...".)
    bool agent_pair = false;
    for (size_t k = 1; k < so_far.size(); ++k)
      agent_pair = agent_pair || (so_far[k - 1].end + 1 == so_far[k].begin && g_.Is(WordClass::kCoordination, toks, so_far[k - 1].end) &&
                                  IsHindiAgentMarker(HindiMarkerAfter(toks, so_far[k].end)));
    if (doc_.lang == Lang::kHi && opens_clause && !agent_pair)
      for (size_t k = 1; k < so_far.size(); ++k) {
        const Phrase& a = so_far[k - 1];
        const Phrase& b = so_far[k];
        if (a.end + 1 == b.begin && g_.Is(WordClass::kCoordination, toks, a.end) && HindiMarkerAfter(toks, b.end) == "के बीच" &&
            a.who.valid() && b.who.valid() && OfKind(a.who, kind) && OfKind(b.who, kind) && !(a.who == b.who))
          return {a.who, b.who};
      }
    if (opens_clause && subject_here && here.size() == 2) return here;
    // (The two acted on must be named together: "Benin urged Ghana and Togo ..., and the two countries",
    // not "Ghana's talks with Togo about Mali, the two countries".)
    if (opens_clause && subject_here && here.size() == 3)
      for (size_t k = 1; k < so_far.size(); ++k)
        if (so_far[k - 1].who == here[1] && so_far[k].who == here[2] && so_far[k - 1].end + 1 == so_far[k].begin &&
            g_.Is(WordClass::kCoordination, toks, so_far[k - 1].end))
          return {here[1], here[2]};
    if (opens_clause && subject_here && here.size() == 3) return {};
    if (here.size() == 2 && doc_.lang == Lang::kEn)
      for (const Phrase& p : so_far)
        if (p.who == here.front() && p.begin > 0 && toks[p.begin - 1].lower == "between") return here;
    if (subject_here) return {};
    // (At least one of the two from the sentence before: two named only in adjuncts here, "Under
    // pressure from Ghana and Togo, the two countries ...", are not the pair.)
    size_t adjunct_only = here.size();
    for (const Referent& r : doc_.previous_named[static_cast<size_t>(kind)])
      if (std::find(here.begin(), here.end(), r) == here.end()) here.push_back(r);
      else adjunct_only = 0;
    if (adjunct_only == here.size()) return {};
    return here;
  }

  // A को or से that marks no one: a date ("सोमवार को", "12 मई को") or a topic ("इस मुद्दे को लेकर").
  bool DateOrTopicPostposition(const std::vector<Token>& toks, size_t k) const {
    if (k + 1 < toks.size() && toks[k + 1].key == "लेकर") return true;
    if (k == 0 || !toks[k - 1].word) return false;
    return g_.weekdays.Match(toks, k - 1) || g_.months.Match(toks, k - 1) || std::isdigit(static_cast<unsigned char>(toks[k - 1].text[0])) ||
           g_.Is(WordClass::kPresenceAdverb, toks, k - 1);
  }

  // A verb's trigger in its bare form ("attack" after "agreed to"), not a plural noun ("talks").
  bool VerbTriggerAt(const std::vector<Token>& toks, size_t j) const {
    if (EndsWith(toks[j], "s")) return false;
    for (auto [pattern, end] : g_.triggers.MatchAll(toks, j))
      if (!g_.patterns[pattern].nominal) return true;
    return false;
  }

  // "दो पत्रकारों", "दो विपक्षी नेताओं": two people counted before `end` (not "दो घंटे", "दो हमले").
  bool CountsTwo(const std::vector<Token>& toks, size_t end) const {
    auto people = [&](size_t k) {
      return k < toks.size() && (g_.Is(WordClass::kPersonNoun, toks, k) || g_.Is(WordClass::kAgentNoun, toks, k) ||
                                 g_.Is(WordClass::kNonStateNoun, toks, k) || g_.Is(WordClass::kVictimNoun, toks, k) ||
                                 g_.Is(WordClass::kRebelNoun, toks, k) || g_.Is(WordClass::kKinNoun, toks, k));
    };
    for (size_t j = 0; j + 1 < end && j + 1 < toks.size(); ++j)
      if (toks[j].key == "दो" && (people(j + 1) || (toks[j + 1].word && !g_.markers.Match(toks, j + 1) && people(j + 2)))) return true;
    return false;
  }

  // "X और Y (दोनों) के बीच": the postposition after a Hindi phrase, over a "दोनों" that repeats the pair.
  std::string HindiMarkerAfter(const std::vector<Token>& toks, size_t at) const {
    if (size_t e = at; BothAfterPair(toks, at, &e)) at = e;
    auto m = g_.markers.Match(toks, at);
    return m ? g_.marker_names[m->first] : "";
  }
  bool BothAfterPair(const std::vector<Token>& toks, size_t at, size_t* end) const {
    return doc_.lang == Lang::kHi && g_.Is(WordClass::kPairOfSides, toks, at, end) && *end == at + 1;
  }

  // Where something happened, not who took part: "in Brazil", "ब्राज़ील में" (before markers are attached).
  bool Venue(const std::vector<Token>& toks, const Phrase& p) const {
    if (p.place || p.locates_only) return true;
    if (doc_.lang == Lang::kEn) return p.begin > 0 && g_.Is(WordClass::kLocative, toks, p.begin - 1);
    // ("भारत और पाकिस्तान में तनाव": after a pair, में is "between".)
    bool pair_before = p.begin > 0 && toks[p.begin - 1].word && g_.Is(WordClass::kCoordination, toks, p.begin - 1);
    return p.end < toks.size() && g_.Is(WordClass::kLocative, toks, p.end) && !pair_before;
  }

  // A phrase governed by a preposition ("with Japan"), or by a Hindi postposition other than the
  // agent's ("जापान के साथ"), before its markers are attached.
  bool Oblique(const std::vector<Token>& toks, const Phrase& p) const {
    if (doc_.lang == Lang::kEn) return p.begin > 0 && g_.Is(WordClass::kPreposition, toks, p.begin - 1);
    auto m = g_.markers.Match(toks, p.end);
    if (!m) return false;
    const std::string& name = g_.marker_names[m->first];
    return !IsHindiAgentMarker(name) && name != "का" && name != "के" && name != "की";
  }

  void RememberNamed(const std::vector<Phrase>& phrases) {
    std::vector<Phrase> taking_part;
    for (const Phrase& p : phrases) {
      size_t members = 0;
      for (const Phrase& q : phrases) members += q.group == p.group;
      if (!p.place && (!p.locative || (doc_.lang == Lang::kHi && members > 1))) taking_part.push_back(p);
    }
    for (PairKind kind : {PairKind::kStates, PairKind::kPersons, PairKind::kGroups})
      doc_.previous_named[static_cast<size_t>(kind)] = NamedIn(taking_part, kind);
  }

  Referent ResolvePronoun() const {
    if (doc_.last_subject_person.valid()) return doc_.last_subject_person;
    Referent best;
    double best_w = 0;
    for (const auto& [key, w] : doc_.salience) {
      const Referent& r = doc_.referents.at(key);
      if (IsPerson(lex_, r) && w > best_w) best = r, best_w = w;
    }
    return best;
  }

  // The holder of `title` in `org` on the article date, if the lexicon knows exactly one. An
  // undated article ("As Chirac weighs ..., the French president will ...") has no date to go
  // by: there it is the one person it names who ever held the office.
  std::optional<int> OfficeHolder(int title, int org) const {
    std::vector<int> holders;
    for (const RoleEntry& r : lex_.RolesIn(title, org))
      if (doc_.article_date ? RoleHeld(r, doc_.article_date) : doc_.named_persons.count(r.person) > 0)
        holders.push_back(r.person);
    std::sort(holders.begin(), holders.end());
    holders.erase(std::unique(holders.begin(), holders.end()), holders.end());
    if (holders.size() == 1) return holders.front();
    return std::nullopt;
  }

  // Reads an unknown person's name after a title: capitalised words in English, content words
  // in Hindi. Returns the token index past the name (== i when there is none).
  size_t ReadNewName(const std::vector<Token>& toks, size_t i, std::string& name) const {
    static const std::set<std::string, std::less<>> kParticles = {"al", "bin", "ibn", "abu", "de", "la", "van", "von",
                                                                  "el", "da", "di", "du", "le", "der", "ben", "bint"};
    size_t j = i, words = 0;
    std::vector<std::pair<size_t, size_t>> word_starts;  // (token, offset in text) of each word read
    std::string text;
    // ("Togo's Leader Urges Ghana ...": a headline capitalises its verbs too; looked at only for a trigger word.)
    auto headline_verb = [&](size_t at) {
      return (g_.triggers.Match(toks, at) || g_.Is(WordClass::kSpeech, toks, at)) && TitleCased(toks);
    };
    while (j < toks.size() && words < 4) {
      const Token& t = toks[j];
      if (!t.word) {
        bool joiner = (t.text == "-" || t.text == ".") && j > i && j + 1 < toks.size() && toks[j + 1].word &&
                      t.begin == toks[j - 1].end;
        // Initials: "S. Jaishankar", "H.R. McMaster".
        if (t.text == "." && j > i && toks[j - 1].capitalized && toks[j - 1].end - toks[j - 1].begin <= 3) joiner = true;
        if (!joiner) break;
        text += t.text;
        ++j;
        continue;
      }
      bool ok;
      if (doc_.lang == Lang::kEn) {
        bool after_hyphen = j > i + 1 && toks[j - 1].text == "-" && toks[j - 1].begin == toks[j - 2].end;  // "Chen Shui-bian"
        ok = (t.capitalized && !g_.months.Match(toks, j) && !g_.weekdays.Match(toks, j) &&
              !lex_.actor_names().Match(toks, j) && !lex_.place_names().Match(toks, j) && !lex_.titles().Match(toks, j) &&
              !g_.Is(WordClass::kStop, toks, j) && !g_.Is(WordClass::kPreposition, toks, j) &&
              !g_.Is(WordClass::kClauseBreak, toks, j) && !headline_verb(j)) ||
             (kParticles.count(t.lower) && words > 0) || after_hyphen;
      } else {
        ok = t.devanagari && !IsGrammarWord(toks, j) && !g_.Is(WordClass::kVerbFollower, toks, j) &&
             !g_.Is(WordClass::kNotNameWord, toks, j) &&
             !g_.Is(WordClass::kOfficeCompound, toks, j) && !lex_.actor_names().Match(toks, j) &&
             !lex_.titles().Match(toks, j) && !lex_.place_names().Match(toks, j) &&
             !EndsWith(t, "ों");  // an oblique plural is a common noun: "आतंकी शिविरों"
      }
      if (!ok) break;
      if (!text.empty() && !(text.back() == '-' || text.back() == '.')) text += ' ';
      else if (!text.empty() && text.back() == '.') text += ' ';
      bool joined = !text.empty() && text.back() == '-';  // "Jean-Marc", "जोंग-उन": one name word
      word_starts.emplace_back(j, text.size());
      text += t.text;
      if (!joined) ++words;
      ++j;
      if (t.possessive) break;
    }
    // "पार्टी के नेता रमेश कुमार सिरसा में बैठक कर रहे थे": the word before a locative ("में")
    // that ends a long run is where the person was, not a third name.
    // The last word read, if it is a word of its own (not the tail of "Jean-Marc") and the reading
    // ended right after it.
    auto last_word = [&]() -> const Token* {
      if (word_starts.empty() || j != word_starts.back().first + 1) return nullptr;
      size_t offset = word_starts.back().second;
      return offset == 0 || text[offset - 1] == ' ' ? &toks[word_starts.back().first] : nullptr;
    };
    auto drop_last_word = [&] {
      std::tie(j, std::ignore) = word_starts.back();
      text.resize(word_starts.back().second);
      word_starts.pop_back();
      --words;
    };
    // (Not a surname someone is known by: "राम प्रकाश शर्मा में विश्वास".)
    if (const Token* last = last_word(); doc_.lang == Lang::kHi && words >= 3 && last && j < toks.size() &&
        g_.Is(WordClass::kLocative, toks, j) && !lex_.PersonsWithNameWord(last->key) && !doc_.new_people_words.count(last->key))
      drop_last_word();
    // "General Ana Souza de": a name never ends in a particle.
    // (Lower-case only: "Marshal Zhu De", "Nguyen Van Le" end in capitals.)
    for (const Token* last = last_word(); doc_.lang == Lang::kEn && words >= 2 && last && !last->capitalized &&
                                          kParticles.count(last->lower);
         last = last_word())
      drop_last_word();
    while (j > i && !toks[j - 1].word) --j;  // no trailing punctuation
    if (words == 0) return i;
    // "राष्ट्रपति बन जाने", "बता दें कि": words an auxiliary follows are a verb; "प्रधानमंत्री ग्राम
    // सड़क योजना": words before an institution's noun name it; "As president I will": a pronoun.
    if (g_.Is(WordClass::kVerbFollower, toks, j) || g_.Is(WordClass::kOfficeCompound, toks, j) ||
        (words == 1 && doc_.lang == Lang::kEn && text.size() == 1))
      return i;
    // "राजदूत एम. के. राजन" cut at "के": an initial alone is nobody's name.
    if (words == 1 && !text.empty() && text.back() == '.') return i;
    // "General Staff", "General Assembly": one word that names a body is no one's name.
    if (words == 1 && doc_.lang == Lang::kEn && g_.Is(WordClass::kNonPersonWord, toks, i)) return i;
    name = text;
    while (!name.empty() && (name.back() == '-' || name.back() == ' ')) name.pop_back();
    return j;
  }

  // Hindi: an office right after a genitive no actor matched ("विशेष दस्ते के कमांडर X") has its
  // own owner, not some other one the article named. (English offices with "of" are mostly whole
  // titles, "Secretary of State"; they are not checked.)
  bool OwnerWrittenUnmatched(const std::vector<Token>& toks, const Phrase& office) const {
    return doc_.lang == Lang::kHi && office.begin > 0 && g_.Is(WordClass::kGenitive, toks, office.begin - 1);
  }

  // A person named in two or more words whose last is no known person's name word ("Bush" may
  // be a Bush the lexicon knows; "John Bass" is new).
  bool UnknownPerson(const Referent& r) const {
    if (r.actor != kNoActor || r.new_name.empty()) return false;
    std::vector<Token> words = lex_.segmenter().Tokenize(r.new_name);
    std::erase_if(words, [](const Token& w) { return !w.word; });
    return words.size() >= 2 && !lex_.PersonsWithNameWord(words.back().key);
  }

  Referent NewPerson(const std::string& surface) {
    // "Vladimir V. Putin": a known person written with a middle initial the lexicon lacks.
    std::string without_initials;
    std::vector<Token> words = lex_.segmenter().Tokenize(surface);
    bool had_initial = false;
    for (size_t i = 0; i < words.size(); ++i) {
      bool initial = words[i].word && words[i].text.size() == 1 && words[i].capitalized;
      if (initial || (IsPunct(words[i], ".") && i > 0 && words[i - 1].text.size() == 1)) {
        had_initial = true;
        continue;
      }
      without_initials += (without_initials.empty() ? "" : " ") + words[i].text;
    }
    if (had_initial) {
      std::vector<Token> rest = lex_.segmenter().Tokenize(without_initials);
      if (auto m = lex_.actor_names().Match(rest, 0); m && m->second == rest.size() && IsPerson(lex_, Referent{m->first})) {
        doc_.named_persons.insert(m->first);
        doc_.mentioned_actors.insert(m->first);
        return Referent{m->first};
      }
    }
    Referent r;
    bool deva = false;
    for (unsigned char c : surface)
      if (c >= 0xE0) deva = true;
    r.new_name = deva ? LatinLabel(surface, &lex_.name_spellings()) : surface;
    if (deva) r.new_name_hi = surface;
    // Later bare mentions of any of its words ("Downer", "ह्यून") are this person.
    for (const Token& t : lex_.segmenter().Tokenize(surface))
      if (t.word && t.key.size() > 2) {
        auto& v = doc_.new_people_words[t.key];
        if (std::find(v.begin(), v.end(), r) == v.end()) v.push_back(r);
      }
    return r;
  }

  // ---- phrases ---------------------------------------------------------------------------------

  std::vector<Phrase> BuildPhrases(const std::vector<Token>& toks, const std::vector<Mention>& mentions) {
    std::vector<Phrase> phrases;
    const bool hindi = doc_.lang == Lang::kHi;
    std::optional<std::vector<Referent>> sentence_pair;  // whom a pair reference in this sentence meant
    Referent carried_anchor;  // from an office word right before another ("counterpart Minister")
    bool carrying = false;
    size_t carried_begin = 0;
    int carried_title = -1;
    for (size_t k = 0; k < mentions.size(); ++k) {
      const Mention& m = mentions[k];
      Phrase p;
      p.begin = m.begin;
      p.end = m.end;
      switch (m.kind) {
        case MentionKind::kName:
          p.who = Referent{m.actor};
          // "King Fahd", "Queen Elizabeth": a lexicon name that opens with an office states it,
          // and "of Saudi Arabia" after it says whose.
          if (auto t = lex_.titles().Match(toks, m.begin); t && t->second < m.end && IsPerson(lex_, p.who)) {
            p.title = t->first;
            p.person_named = true;
            if (!hindi) AnchorAfterOf(toks, mentions, k, p);
          }
          break;
        case MentionKind::kPlace:
          p.who = Referent{m.actor};
          p.place = true;
          p.locates_only = m.locates_only;
          break;
        case MentionKind::kPartialName:
          p.who = ResolvePartial(m);
          p.person_named = true;
          break;
        case MentionKind::kNewName:
          p.who = NewPerson(m.surface);
          p.person_named = true;
          break;
        case MentionKind::kPronounWe:
          p.who = SpeakerOfQuotation(toks, mentions, m.begin);
          p.pronoun = true;
          if (hindi) p.marker = toks[m.begin].key.find("ने") != std::string::npos ? "ने" : "";
          break;
        case MentionKind::kPronounIt:
          // "The Ghanaian army said it had struck ...": "it" is the country or body that is the
          // subject earlier in the sentence; otherwise it is left unresolved.
          for (auto it = phrases.rbegin(); it != phrases.rend(); ++it)
            if (!it->pronoun && !IsPerson(lex_, it->who) && it->marker.empty() && !it->possessive && !it->locates_only) {
              p.who = it->who;
              break;
            }
          p.pronoun = true;
          break;
        case MentionKind::kPronounSubject:
        case MentionKind::kPronounObject:
        case MentionKind::kPronounGenitive:
          p.who = ResolvePronoun();
          // "Guterres wrote that ... and said he had asked ...": a person earlier in the same
          // sentence, in subject position, is who "he" means.
          // Hindi: "X ने कहा कि वह ...", a subject pronoun in the reported clause — the speaker, a
          // country or body too ("घाना ने कहा कि वह ..."): वह is "it" as well as "he". (Markers are read
          // after the phrases are built: the ने is the word after the phrase.)
          for (const Phrase& earlier : phrases)
            if (!earlier.pronoun && (IsPerson(lex_, earlier.who) || (hindi && !earlier.place && !earlier.locates_only)) &&
                (hindi ? m.kind == MentionKind::kPronounSubject && earlier.end < toks.size() &&
                             toks[earlier.end].key == "ने" && KiBetween(toks, earlier.end, m.begin) &&
                             !AddresseeBetween(toks, phrases, earlier.end + 1, m.begin)
                       : earlier.marker.empty()) &&
                !earlier.possessive) {
              p.who = earlier.who;
              break;
            }
          // "Mensah met Owusu and urged him to ...": an object pronoun is not its own verb's subject
          // ("himself" would be), so it is the person named last before it other than that subject.
          if (!hindi && m.kind == MentionKind::kPronounObject && m.begin > 0 && !phrases.empty()) {
            const Phrase* own_subject = SubjectBeforeObjectPronoun(toks, phrases, m.begin);
            for (auto it = phrases.rbegin(); it != phrases.rend() && it->begin > own_subject->begin; ++it)
              if (!it->pronoun && !it->possessive && IsPerson(lex_, it->who) &&
                  !(it->who == own_subject->who)) {
                p.who = it->who;
                break;
              }
          }
          // "Mori, who was an aide when Ruiz made his visit to Chile": "his" after a verb is
          // that verb's subject's.
          if (!hindi && m.kind == MentionKind::kPronounGenitive && !phrases.empty()) {
            const Phrase& last = phrases.back();
            const Token& verb = toks[last.end];
            bool verb_between = verb.word && !verb.capitalized &&
                                (g_.triggers.Match(toks, last.end) || g_.Is(WordClass::kSupportVerb, toks, last.end) ||
                                 g_.Is(WordClass::kControlVerb, toks, last.end) || EndsWith(verb, "ed")) &&
                                !g_.Is(WordClass::kBe, toks, last.end) && !g_.Is(WordClass::kClauseBreak, toks, last.end);
            if (last.end + 1 == m.begin && !last.pronoun && !last.possessive && (IsPerson(lex_, last.who) || last.title >= 0) &&
                verb_between)
              p.who = last.who;
          }
          p.pronoun = true;
          if (!hindi && m.kind == MentionKind::kPronounGenitive) p.genitive_pronoun = true;
          if (hindi) {
            p.marker = m.kind == MentionKind::kPronounSubject ? (toks[m.begin].key.find("ने") != std::string::npos ? "ने" : "")
                       : m.kind == MentionKind::kPronounObject ? "को" : "का";
          }
          break;
        case MentionKind::kRelative: {
          // The relative stands for the actor named last before its comma, and takes the postposition
          // it carries ("जिसे" को, "जिसने" ने, "जिससे" से) or the one after it ("जिस पर").
          // Only the phrase right before the comma ("अल कायदा, जिसने ..."), or the subject of a copula
          // ending there ("लश्कर ... संगठन है, जिस पर ...") — not "उस संगठन पर ..., जिसने" (an unnamed one).
          {
            size_t comma = m.begin - 1;
            bool copula = comma > 0 && g_.Is(WordClass::kCopula, toks, comma - 1);
            for (auto it = phrases.rbegin(); it != phrases.rend(); ++it) {
              if (it->pronoun || it->possessive || it->place || it->locates_only || it->end > comma) continue;
              if (it->end == comma || (copula && it->begin == 0)) p.who = it->who;
              break;
            }
          }
          p.pronoun = true;
          p.marker = g_.Is(WordClass::kRelativeAgent, toks, m.begin)    ? "ने"
                     : g_.Is(WordClass::kRelativeObject, toks, m.begin) ? "को"
                     : g_.Is(WordClass::kRelativeSource, toks, m.begin) ? "से"
                                                                         : "";
          break;
        }
        case MentionKind::kPairOfStates:
        case MentionKind::kPairOfLeaders:
        case MentionKind::kPairOfGroups:
        case MentionKind::kPairOfSides: {
          // "the two countries", "दोनों नेताओं", "इन दोनों संगठनों": two phrases, coordinated, for the pair
          // PairInView finds; none when it finds no single pair. "Both sides", "दोनों ने" are whichever
          // kind gives one, states first.
          std::vector<Referent> pair;
          // ("टोगो ने घाना के दो पत्रकारों को पकड़ा। दोनों ने ...": a bare "दोनों" after two people counted is
          // those two, whom no actor names.)
          bool bare = m.kind == MentionKind::kPairOfSides && m.end == m.begin + 1;
          if (bare && (doc_.previous_counted_two || CountsTwo(toks, m.begin))) {
            sentence_pair = pair;
            p.pronoun = true;
            break;
          }
          for (PairKind kind : {PairKind::kStates, PairKind::kPersons, PairKind::kGroups}) {
            if (m.kind == MentionKind::kPairOfStates && kind != PairKind::kStates) continue;
            if (m.kind == MentionKind::kPairOfLeaders && kind != PairKind::kPersons) continue;
            if (m.kind == MentionKind::kPairOfGroups && kind != PairKind::kGroups) continue;
            pair = PairInView(toks, phrases, kind, m.begin, sentence_pair);
            if (pair.size() == 2) break;
          }
          sentence_pair = pair;
          p.pronoun = true;
          if (pair.size() != 2) break;
          // The first takes the first word ("the | two countries"); a one-word "दोनों" gives it none.
          size_t split = m.end > m.begin + 1 ? m.begin + 1 : m.begin;
          Phrase second = p;
          p.who = pair[0];
          p.end = split;
          p.pair_first = true;
          second.who = pair[1];
          second.begin = split;
          phrases.push_back(p);
          p = second;
          break;
        }
        case MentionKind::kPronounPlural: {
          // "met Ghana's leaders and urged them to ...": "them" is the last country or body named
          // before it other than its own verb's subject (or its leaders); else nobody the text names.
          if (phrases.empty()) break;
          const Phrase* own_subject = SubjectBeforeObjectPronoun(toks, phrases, m.begin);
          for (auto it = phrases.rbegin(); it != phrases.rend() && it->begin > own_subject->begin; ++it)
            if (!it->pronoun && !IsPerson(lex_, it->who) && !(it->who == own_subject->who) && !AfterPlacePreposition(toks, it->begin) &&
                !it->place &&
                (PossessorStandsIn(toks, *it) || (!it->possessive && !NonStateNear(toks, *it)))) {
              p.who = it->who;
              break;
            }
          p.pronoun = true;
          break;
        }
        case MentionKind::kTitle: {
          p.title = m.title;
          // An anchor just before: "रूस के रक्षा मंत्री", "Russian defence minister", "Russia's defence minister".
          if (!phrases.empty()) {
            Phrase& prev = phrases.back();
            // "कनाडा के कार्यवाहक उच्चायुक्त": one describing word may stand between anchor and office.
            // "कनाडा के कार्यवाहक उच्चायुक्त", "अफ्रीकी संघ के शांति मामलों के आयुक्त": describing
            // words and one more genitive may stand between anchor and office.
            size_t anchor_end = PastAbbreviation(toks, prev.end);
            bool adjacent_hi = hindi && g_.Is(WordClass::kGenitive, toks, anchor_end) && m.begin > anchor_end &&
                               m.begin <= anchor_end + 5;
            // ... and so may the body of the anchor that the office serves ("घाना की सेना के प्रमुख", "घाना के
            // विदेश मंत्रालय के प्रवक्ता"), though some of its words also begin triggers.
            for (size_t t = anchor_end + 1, e = t; adjacent_hi && t < m.begin; t = std::max(t + 1, e)) {
              if (g_.Is(WordClass::kAgentNoun, toks, t, &e) && e < m.begin) continue;
              adjacent_hi = toks[t].word && (!IsGrammarWord(toks, t) || (g_.Is(WordClass::kGenitive, toks, t) && t + 1 == m.begin));
            }
            // "U.S. Defense Secretary": the abbreviation's full stop is its own token.
            bool adjacent = anchor_end == m.begin || adjacent_hi ||
                            (!hindi && anchor_end + 1 == m.begin && (g_.Is(WordClass::kDefiniteArticle, toks, anchor_end) || IsPunct(toks[anchor_end], ".")));
            // "Chilean junior trade minister", "Peru's interim prime minister", "Ghana's former energy
            // minister", "पाकिस्तानी उप उच्चायुक्त".
            if (!adjacent && m.begin > anchor_end && m.begin <= anchor_end + 3) {
              adjacent = true;
              for (size_t t = anchor_end; t < m.begin; ++t) adjacent = adjacent && g_.Is(WordClass::kOfficeModifier, toks, t);
            }
            // "LONDON President Putin ...": a dateline in capitals is where, not whose.
            bool dateline = !hindi && prev.place && prev.begin == 0 && toks[prev.begin].all_caps &&
                            toks[prev.begin].text.size() > 3;
            if (adjacent && !dateline && prev.who.actor != kNoActor && !prev.pronoun && !prev.locates_only &&
                lex_.actors()[prev.who.actor].type != EntityType::kPerson && prev.title < 0) {
              p.anchor = prev.who;
              p.begin = prev.begin;
              phrases.pop_back();
            }
          }
          // "NATO chief", "ISI chief", "नाटो प्रमुख": an office whose form names its owner before its head word.
          // (Not where the office is held for someone else: "U.N. ambassador".)
          if (!p.anchor.valid() && !lex_.title_list()[m.title].posted)
            for (size_t t = m.begin; t < m.end && !p.anchor.valid(); ++t)
              if (auto owner = lex_.actor_names().Match(toks, t);  // (not "chairman of the Joint Chiefs of Staff")
                  owner && owner->second < m.end && lex_.actors()[owner->first].type != EntityType::kPerson)
                p.anchor = Referent{owner->first};
          // English "the foreign minister of India": anchor after "of".
          if (!hindi) AnchorAfterOf(toks, mentions, k, p);
          // "Ghanaian counterpart Minister Kofi Mensah": the office that follows is the one held; its
          // anchor is the one given here.
          // Of "President General Ama Owusu" the higher office is the one reported.
          if (carrying) {
            if (!p.anchor.valid()) p.anchor = carried_anchor;
            p.begin = std::min(p.begin, carried_begin);
            if (OfficeRank(carried_title) > OfficeRank(p.title)) p.title = carried_title;
          }
          carrying = false;
          if (k + 1 < mentions.size() && mentions[k + 1].kind == MentionKind::kTitle && mentions[k + 1].begin == p.end) {
            carrying = true;
            carried_anchor = p.anchor;
            carried_begin = p.begin;
            carried_title = p.title;
            continue;
          }
          // Words that are offices only with an anchor ("प्रमुख", "chief") are otherwise adjectives.
          if (!p.anchor.valid() && lex_.title_list()[m.title].kind == "anchored") continue;
          // The holder's name right after the title ("ambassador to Peru, Ana Ruiz"),
          // over honorifics ("प्रमुख मौलाना अब्दुल करीम") and the dot of an abbreviated title
          // ("Sen. Ama Owusu": the dot is a token of its own).
          size_t after = p.end;
          if (!hindi && after == m.end && after + 1 < toks.size() && IsPunct(toks[after], ".") &&
              toks[after - 1].text.size() <= 4 && toks[after + 1].capitalized)
            ++after;
          // "Emir Sheikh Tamim bin Hamad": an honorific that is also somebody's name
          // word ("Sheikh Hasina") is still an honorific when a name follows it.
          auto honorific_only = [&](size_t at) {
            size_t e = at;
            return g_.Is(WordClass::kHonorific, toks, at, &e) && e < toks.size() && toks[e].word &&
                   (hindi || toks[e].capitalized);
          };
          bool name_next = k + 1 < mentions.size() && mentions[k + 1].begin == after &&
                           !(mentions[k + 1].kind == MentionKind::kPartialName && honorific_only(after));
          for (size_t e = after; !name_next && after < toks.size() && g_.Is(WordClass::kHonorific, toks, after, &e);) after = e;
          while (k + 1 < mentions.size() && mentions[k + 1].begin < after && mentions[k + 1].end <= after) ++k;
          if (after > p.end) p.end = after;
          size_t post_at = !hindi && after < toks.size() && g_.Is(WordClass::kPostPreposition, toks, after) ? after + 1 : after;
          // the post's country may follow an office written with its "to" ("ambassador to")
          bool holder_after_post = false;
          bool post_given = post_at > after || (!hindi && g_.Is(WordClass::kPostPreposition, toks, after - 1));
          // "ambassador to China, Kenji Morita" and "ambassador to China Kenji Morita": the
          // post's country, then the holder.
          auto holder_follows_at = [&](size_t at) {
            std::string unused;
            return at < toks.size() &&
                   (IsPunct(toks[at], ",") ||
                    (post_given && (ReadNewName(toks, at, unused) > at ||
                                         (k + 2 < mentions.size() && mentions[k + 2].begin == at &&
                                          IsPerson(lex_, Referent{mentions[k + 2].actor})))));
          };
          if (!hindi && k + 1 < mentions.size() && mentions[k + 1].begin == post_at &&
              (mentions[k + 1].kind == MentionKind::kName || mentions[k + 1].kind == MentionKind::kPlace) &&
              lex_.actors()[mentions[k + 1].actor].type != EntityType::kPerson && holder_follows_at(mentions[k + 1].end)) {
            after = mentions[k + 1].end;
            ++k;
            p.end = after;
            holder_after_post = !IsPunct(toks[after], ",");  // the holder's name follows directly
          }
          if (after < toks.size() && IsPunct(toks[after], ",") && !hindi) ++after;
          if (k + 1 < mentions.size() && mentions[k + 1].begin == after &&
              (mentions[k + 1].kind == MentionKind::kName || mentions[k + 1].kind == MentionKind::kPartialName ||
               mentions[k + 1].kind == MentionKind::kNewName)) {
            const Mention& n = mentions[k + 1];
            Referent r = n.kind == MentionKind::kName      ? Referent{n.actor}
                         : n.kind == MentionKind::kNewName ? NewPerson(n.surface)
                                                           : ResolvePartial(n, m.title, p.anchor);
            // "मंत्री किम योंग-ह्यून": a known first word does not make a known person when the
            // name goes on past it.
            std::string longer;
            if (n.kind == MentionKind::kPartialName && ReadNewName(toks, n.begin, longer) > n.end) r = Referent{};
            if (n.kind == MentionKind::kPartialName && !r.valid()) {
              std::string name;
              size_t e = ReadNewName(toks, n.begin, name);
              if (e > n.begin) {
                r = NewPerson(name);
                p.end = e;
                while (k + 1 < mentions.size() && mentions[k + 1].begin < e) ++k;
                --k;
              }
            }
            if (r.valid() && IsPerson(lex_, r)) {
              p.who = r;
              p.person_named = true;
              p.end = std::max(p.end, n.end);
              ++k;
            }
          } else {
            std::string name;
            size_t read_from = holder_after_post ? after : m.end;
            size_t e = ReadNewName(toks, read_from, name);
            // "राजदूत शमशाद अहमद": a Hindi surname the lexicon knows ("अहमद"), after a word it does
            // not, is part of this unknown name.
            // Unless the office confirms it: "चांसलर एंगेला मर्केल" is Merkel spelt another way, when
            // the lexicon has a Merkel who was chancellor (of the anchor) that day.
            size_t inside = k + 1;
            Referent office_holder;
            for (; inside < mentions.size() && mentions[inside].begin < e && mentions[inside].kind == MentionKind::kPartialName &&
                   mentions[inside].after_unknown_word;
                 ++inside)
              if (Referent r = HolderByOffice(mentions[inside], m.title, p.anchor); r.valid()) office_holder = r;
            if (office_holder.valid()) {
              p.who = office_holder;
              p.person_named = true;
              p.end = e;
              k = inside - 1;
            } else if (e > read_from && (inside >= mentions.size() || mentions[inside].begin >= e)) {
              p.who = NewPerson(name);
              p.person_named = true;
              p.end = e;
              k = inside - 1;
            }
          }
          if (!hindi && p.person_named) AnchorAfterOf(toks, mentions, k, p);
          if (!p.who.valid()) {
            // An office without a name: its holder when the article names them, else the anchor.
            if (p.anchor.valid() && p.anchor.actor != kNoActor) {
              // "a vote for a new Ghanaian president", "became head of the AU" name
              // the office, not someone holding it.
              bool indefinite = IndefiniteOffice(toks, p.begin);
              auto holder = indefinite || PredicativeAt(toks, p.begin)
                                ? std::nullopt : OfficeHolder(m.title, p.anchor.actor);
              if (holder && doc_.named_persons.count(*holder)) {
                p.who = Referent{*holder};
                p.office_resolved = true;  // "the U.S. president" in an article that names him
              } else {
                p.who = p.anchor;
              }
            } else if (!IndefiniteBefore(toks, m.begin)) {
              p.who = ResolveTitleAnaphor(m.title);  // "a senior minister" is nobody named before
            }
          }
          break;
        }
      }
      if (!p.who.valid()) continue;
      // "रूसी राष्ट्रपति व्लादिमीर व्लादिमीरोविच पुतिन": a new name after an office, two or more of whose words
      // are nearly those of the name of the office's holder that day ("Vladimir Putin"), is them.
      // (Undated, the one who ever held it and bears the name.)
      if (p.title >= 0 && p.who.actor == kNoActor && !p.who.new_name.empty() && p.anchor.valid() && p.anchor.actor != kNoActor) {
        std::set<int> holders;
        for (const RoleEntry& r : lex_.RolesIn(p.title, p.anchor.actor))
          if ((!doc_.article_date || RoleHeld(r, doc_.article_date)) && NameNearlyWithin(r.person, p.who.new_name))
            holders.insert(r.person);
        if (holders.size() == 1) {
          p.who = Referent{*holders.begin()};
          doc_.named_persons.insert(p.who.actor);
        }
      }
      p.possessive = toks[p.end - 1].possessive || p.genitive_pronoun;
      phrases.push_back(p);
    }
    if (!hindi) {
      // "anti-Baghdad guerrillas": a stance toward an actor names someone else.
      std::erase_if(phrases, [&](const Phrase& p) {
        return p.begin >= 2 && IsPunct(toks[p.begin - 1], "-") && g_.Is(WordClass::kStancePrefix, toks, p.begin - 2);
      });
      MergeAppositions(toks, phrases);
      ResolveCataphoricPossessor(toks, phrases);
      // "the U.S.-led coalition": a force led by an actor stands for it (unlike "Iran-backed
      // militias", who are someone else backed by Iran).
      for (Phrase& p : phrases) {
        size_t q = p.end < toks.size() && IsPunct(toks[p.end], ".") ? p.end + 1 : p.end;  // "U.S."
        if (q + 2 < toks.size() && IsPunct(toks[q], "-") && toks[q + 1].lower == "led" &&
            g_.Is(WordClass::kAgentNoun, toks, q + 2))
          p.end = q + 2;
      }
    }
    GovernmentsOfLeaders(toks, phrases);
    AttachMarkers(toks, phrases);
    if (hindi) DropNamesOfThings(toks, phrases);
    // "Karachi police": a city says where, not who. Before an attack noun it says where the attack
    // was ("the Mumbai attacks", "मुंबई हमलों"), as "in Mumbai" would.
    for (Phrase& p : phrases)
      if (p.locates_only && !p.locative && p.marker.empty() && AttackNounAt(toks, p.end)) p.locative = true;
    phrases.erase(std::remove_if(phrases.begin(), phrases.end(), [](const Phrase& p) { return p.locates_only && !p.locative; }),
                  phrases.end());
    MarkModifiers(toks, phrases);
    GroupCoordinations(toks, phrases);
    return phrases;
  }

  int OfficeRank(int title) const {
    const std::string& kind = lex_.title_list()[title].kind;
    return kind == "head" ? 3 : kind == "minister" ? 2 : kind == "official" ? 1 : 0;
  }

  // "reportedly", "repeatedly", "also": words that stand between a subject or auxiliary and its verb.
  // (Inside an English sentence a capital marks a name: "Theresa May met" has no modal "may".)
  bool IsAdverb(const std::vector<Token>& toks, size_t at) const {
    const Token& t = toks[at];
    // (A headline capitalises every word: "Russia May Attack Ukraine"; "Hu Monday signed" is a day.)
    if (doc_.lang == Lang::kEn && t.capitalized && at > 0 && at + 1 < toks.size() && !toks[at + 1].capitalized &&
        !g_.weekdays.Match(toks, at))
      return false;
    return g_.Is(WordClass::kAuxiliary, toks, at) ||
           (t.word && !t.capitalized && t.lower.size() > 3 && t.lower.compare(t.lower.size() - 2, 2, "ly") == 0);
  }

  // "President Kofi Mensah of Ghana": the anchor after the holder's name.
  // "the Gaza leader of Fatah": a body after "of" is whose office it is, not the region before.
  void AnchorAfterOf(const std::vector<Token>& toks, const std::vector<Mention>& mentions, size_t& k, Phrase& p) const {
    bool region_before = p.anchor.actor != kNoActor && lex_.actors()[p.anchor.actor].type == EntityType::kRegion;
    if ((p.anchor.valid() && !region_before) || p.end + 1 >= toks.size() || toks[p.end].lower != "of" || k + 1 >= mentions.size())
      return;
    const Mention& n = mentions[k + 1];
    // "minister of the Netherlands" (the article may or may not belong to the name)
    bool next = n.begin == p.end + 1 || (n.begin == p.end + 2 && g_.Is(WordClass::kDefiniteArticle, toks, p.end + 1));
    if (!next || !(n.kind == MentionKind::kName || n.kind == MentionKind::kPlace) ||
        lex_.actors()[n.actor].type == EntityType::kPerson ||
        (region_before && lex_.actors()[n.actor].type == EntityType::kRegion))
      return;
    // "head of the Tokyo Grain Exchange": capitalised words going on from the name to a body's noun
    // make a longer name the lexicon lacks (`body_noun`). A person's name after an anchor ("Foreign
    // Minister of Ghana Kofi Mensah") and a body's committee ("chair of the Ghanaian Senate Budget
    // Committee", no `body_noun`) keep it.
    if (n.end < toks.size() && toks[n.end].word && toks[n.end].capitalized) {
      size_t last = n.end;
      while (last + 1 < toks.size() && last < n.end + 4 && toks[last + 1].word && toks[last + 1].capitalized) ++last;
      if (g_.Is(WordClass::kBodyNoun, toks, last)) return;
    }
    p.anchor = Referent{n.actor};
    p.end = n.end;
    ++k;
  }

  // "In his talks with Mensah, Togolese President X said ...": a possessive in a phrase that opens
  // the sentence points forward, to the person the main clause begins with, not back to the last
  // one named.
  void ResolveCataphoricPossessor(const std::vector<Token>& toks, std::vector<Phrase>& phrases) const {
    for (Phrase& p : phrases) {
      if (!p.genitive_pronoun || p.begin != 1 || !g_.Is(WordClass::kPreposition, toks, 0)) continue;
      size_t comma = p.end;
      while (comma < toks.size() && !IsPunct(toks[comma], ",") && !g_.Is(WordClass::kClauseBreak, toks, comma)) ++comma;
      if (comma == toks.size() || !IsPunct(toks[comma], ",")) continue;
      if (const Phrase* q = MainClauseOpener(toks, phrases, comma, 2); q && !q->pronoun && IsPerson(lex_, q->who)) p.who = q->who;
    }
  }

  // The phrase that opens the main clause after an opening phrase's comma, within `reach` words:
  // "In his talks with X, Togolese President Y said", "Backed by Ghana, the Togolese government ...".
  // Not a possessor, nor the actor of a compound ("Helped by Russia, Iran-backed groups ...": the
  // groups were helped, not Iran).
  const Phrase* MainClauseOpener(const std::vector<Token>& toks, const std::vector<Phrase>& phrases, size_t comma,
                                 size_t reach) const {
    for (const Phrase& p : phrases) {
      if (p.begin <= comma) continue;
      if (p.begin > comma + reach) break;
      bool compound = p.end < toks.size() && IsPunct(toks[p.end], "-");
      if (p.marker.empty() && !p.possessive && !compound) return &p;
    }
    return nullptr;
  }

  // The subject of the verb an English object pronoun follows: the phrase before that verb, or for a
  // verb after "and" the sentence's first ("Mensah met Owusu and urged him").
  const Phrase* SubjectBeforeObjectPronoun(const std::vector<Token>& toks, const std::vector<Phrase>& phrases, size_t at) const {
    bool after_and = at > 1 && g_.Is(WordClass::kCoordination, toks, at - 2) && toks[at - 2].word;
    const Phrase* subject = &phrases.front();
    for (const Phrase& q : phrases)
      if (q.end < at && q.marker.empty() && !q.possessive && !q.place) {  // (not a dateline: "ISLAMABAD (Reuters) -")
        subject = &q;
        if (after_and) break;
      }
    return subject;
  }

  // "Kofi Mensah, Ghana's foreign minister, said", "Tom Hale, the prime minister of Britain,": an
  // office set off by commas after a person's name describes that person. It is their office
  // (a ROLE), not a second actor coordinated with them; a former office too ("Tolga Sarigul, Turkey's
  // former economy minister,": annotators take a stated former office as a ROLE).
  // A rank or unanchored official title before the name gives way to an anchored office after it
  // ("Lieutenant-General X, the head of the ISI,"); a minister's or head's stays.
  void MergeAppositions(const std::vector<Token>& toks, std::vector<Phrase>& phrases) const {
    for (size_t k = 0; k + 1 < phrases.size(); ++k) {
      Phrase& name = phrases[k];
      const Phrase& office = phrases[k + 1];
      if (name.pronoun || name.possessive || !IsPerson(lex_, name.who)) continue;
      if (office.title < 0 || office.person_named || office.pronoun || office.possessive) continue;
      if (name.title >= 0 && (name.anchor.valid() || !office.anchor.valid() || OfficeRank(name.title) > 1)) continue;
      if (name.end >= toks.size() || !IsPunct(toks[name.end], ",")) continue;
      size_t b = name.end + 1;
      // "Kenji Mori, who served as Japan's ambassador,": a relative clause stating the office.
      if (b + 1 < office.begin && toks[b].lower == "who") {
        // ("has"/"had" only as auxiliaries: "who had Japan's ambassador as a guest" states nothing.)
        static const std::set<std::string, std::less<>> kStates = {"served", "serves", "became", "becomes", "been",
                                                                   "as", "now", "then", "also"};
        size_t v = b + 1;
        while (v < office.begin && v < b + 5 &&
               (kStates.count(toks[v].lower) || toks[v].lower == "is" || toks[v].lower == "was" ||
                ((toks[v].lower == "has" || toks[v].lower == "had") && v + 1 < office.begin && kStates.count(toks[v + 1].lower))))
          ++v;
        if (v > b + 1) b = v;
      }
      if (b < office.begin && g_.Is(WordClass::kArticle, toks, b)) ++b;
      // ("the top Ghanaian general", "Turkey's former economy minister")
      bool past = false;
      for (; b < office.begin && g_.Is(WordClass::kOfficeModifier, toks, b); ++b)
        past = past || g_.Is(WordClass::kFormer, toks, b);
      if (b != office.begin) continue;
      if (past && name.title >= 0) continue;  // "Senator X, a former ambassador to Ghana," is still a senator
      // "..., Ana Ruiz, director general of the WHO said": a verb of saying closes it too;
      // "Chile's deputy minister of Mines and Energy," a portfolio in capitals.
      size_t close = office.end;
      if (close + 1 < toks.size() && toks[close].lower == "of" && toks[close + 1].capitalized)
        for (++close; close < toks.size() && (toks[close].capitalized || toks[close].lower == "and");) ++close;
      // (Only an office with its own anchor: in "plotted to kill Ravi Kumar, an official said" the
      // office is the speaker's.)
      bool closed = close >= toks.size() || IsPunct(toks[close], ",") || IsPunct(toks[close], ".") ||
                    IsPunct(toks[close], ")") || (office.anchor.valid() && g_.Is(WordClass::kSpeech, toks, close));
      // "Chile's ambassador to Brazil for a decade,": an anchored office's
      // complements run to the comma, over no verb.
      for (size_t t = close; !closed && office.anchor.valid() && t < toks.size() && t < close + 10; ++t) {
        // (... or at a relative clause of its own: "the head of the ISI spy agency that officials say ...")
        if (IsPunct(toks[t], ",") || IsPunct(toks[t], ".") || g_.Is(WordClass::kRelative, toks, t) ||
            g_.Is(WordClass::kComplementizer, toks, t))
          closed = true;
        if (!toks[t].word || g_.triggers.Match(toks, t) || g_.Is(WordClass::kSpeech, toks, t) ||
            g_.Is(WordClass::kBe, toks, t) || g_.Is(WordClass::kCoordination, toks, t) || g_.Is(WordClass::kClauseBreak, toks, t))
          break;
      }
      if (!closed) continue;
      // "Mensah, the Togolese president, and Ruiz" lists three actors: the lexicon's record of a known
      // person's offices overrules an office elsewhere.
      bool known_here = false, known_elsewhere = false;
      if (name.who.actor != kNoActor && office.anchor.valid())
        for (const RoleEntry& r : lex_.RolesOf(name.who.actor))
          if (r.title == office.title)
            (r.org == office.anchor.actor ? known_here : known_elsewhere) = true;
      if (known_elsewhere && !known_here) continue;
      name.title = office.title;
      name.anchor = office.anchor;
      name.person_named = true;
      phrases.erase(phrases.begin() + static_cast<long>(k) + 1);
    }
  }

  // "The Mensah government signed", "मोदी सरकार ने", "the forces of President Mensah of Ghana": a
  // leader's government or forces are the state they lead — the one the phrase gives a head of
  // state's office for, else the one state the lexicon knows the person headed on the article's date.
  void GovernmentsOfLeaders(const std::vector<Token>& toks, std::vector<Phrase>& phrases) const {
    for (Phrase& p : phrases) {
      if (p.pronoun || p.end >= toks.size()) continue;
      bool known_person = p.who.actor != kNoActor && IsPerson(lex_, p.who);
      size_t e = p.end;
      bool named_after = known_person && g_.Is(WordClass::kGovernmentNoun, toks, p.end, &e);
      bool named_before = doc_.lang == Lang::kEn && (known_person || p.person_named) && p.begin >= 2 &&
                          toks[p.begin - 1].lower == "of" && g_.Is(WordClass::kGovernmentNoun, toks, p.begin - 2);
      if (!named_after && !named_before) continue;
      std::set<int> states;
      if (named_before && p.title >= 0 && lex_.title_list()[p.title].kind == "head" && p.anchor.valid()) {
        states.insert(p.anchor.actor);
      } else if (known_person) {
        for (const RoleEntry& r : lex_.RolesOf(p.who.actor))
          if (lex_.title_list()[r.title].kind == "head" &&
              (!doc_.article_date || RoleHeld(r, doc_.article_date)))
            states.insert(r.org);
      }
      if (states.size() != 1) continue;
      p.leader = p.who;
      p.who = Referent{*states.begin()};
      if (named_after) p.end = e;
      p.possessive = false;  // "Tony Blair's government" is the state itself
    }
  }

  // "Senator X", "U.S. Senator X", "Sen. X of Nevada": a member of a legislature the office names
  // without naming it sits in the chamber of the country the phrase names (or a region of it), else
  // of the dateline's country, else — in an article with no dateline — of the one such country the
  // article names, when the sentence names no other country (a Ghanaian senator "said Ghana would
  // ask the United States" is no U.S. senator).
  Referent ChamberOf(const Phrase& p, const std::vector<Phrase>& sentence) const {
    std::vector<const ChamberEntry*> chambers = lex_.ChambersOf(p.title);
    if (chambers.empty()) return {};
    if (p.anchor.valid()) {
      for (const ChamberEntry* c : chambers)
        if (p.anchor.actor == c->country || p.anchor.actor == c->body ||
            std::find(c->regions.begin(), c->regions.end(), p.anchor.actor) != c->regions.end())
          return Referent{c->body};
      return {};
    }
    if (doc_.dateline_country.valid()) {
      for (const ChamberEntry* c : chambers)
        if (doc_.dateline_country.actor == c->country) return Referent{c->body};
      return {};
    }
    if (doc_.datelined) return {};  // a dateline we do not place may be anywhere
    const ChamberEntry* named = nullptr;
    for (const ChamberEntry* c : chambers)
      if (doc_.mentioned_actors.count(c->country)) {
        if (named) return {};
        named = c;
      }
    if (!named) return {};
    for (const Phrase& q : sentence)
      if (q.who.actor != kNoActor && q.who.actor != named->country && lex_.actors()[q.who.actor].type == EntityType::kCountry)
        return {};
    return Referent{named->body};
  }

  // "the minister" after "Foreign Minister Sameh Shoukry": an office the text gave a person
  // is what a later bare office word of the same head ("minister", "मंत्री") means.
  bool TitleGiven(const std::string& key, int title) const {
    auto it = doc_.titles_given.find(key);
    if (it == doc_.titles_given.end()) return false;
    const std::string& head = lex_.title_list()[title].label_en;
    for (int t : it->second) {
      if (t == title) return true;
      const std::string& label = lex_.title_list()[t].label_en;
      if (label.size() > head.size() + 1 && label.compare(label.size() - head.size(), head.size(), head) == 0 &&
          label[label.size() - head.size() - 1] == ' ')
        return true;
    }
    return false;
  }

  // A noun phrase after "is"/"became" (one lower-case word may stand between: "is now") says
  // what someone is, not who.
  bool PredicativeAt(const std::vector<Token>& toks, size_t at) const {
    if (at == 0) return false;
    if (g_.Is(WordClass::kBe, toks, at - 1) || g_.Is(WordClass::kBecome, toks, at - 1)) return true;
    return at > 1 && toks[at - 1].word && !toks[at - 1].capitalized && !g_.Is(WordClass::kArticle, toks, at - 1) &&
           (g_.Is(WordClass::kBe, toks, at - 2) || g_.Is(WordClass::kBecome, toks, at - 2));
  }

  // "a Turkish cleric", "a new Ghanaian president": an indefinite before an office phrase, over
  // the words that qualify an office.
  bool IndefiniteOffice(const std::vector<Token>& toks, size_t begin) const {
    size_t j = begin;
    while (j > 0 && j + 3 > begin && g_.Is(WordClass::kOfficeModifier, toks, j - 1)) --j;
    return j > 0 && g_.Is(WordClass::kIndefinite, toks, j - 1);
  }

  // Looser: any indefinite among the three words before ("a senior minister", "one of the ministers").
  bool IndefiniteBefore(const std::vector<Token>& toks, size_t at) const {
    for (size_t j = at; j > 0 && j + 3 > at; --j)
      if (g_.Is(WordClass::kIndefinite, toks, j - 1)) return true;
    return false;
  }

  Referent ResolveTitleAnaphor(int title) const {
    // "the minister" / "मंत्री ने": the most salient person of the document holding that office.
    Referent best;
    double best_w = 0;
    for (const auto& [key, w] : doc_.salience) {
      const Referent& r = doc_.referents.at(key);
      if (w <= best_w) continue;
      // Hindi names read after a title are less sure than English capitals: only known people.
      if ((r.actor != kNoActor || doc_.lang == Lang::kEn) && TitleGiven(key, title)) {
        best = r;
        best_w = w;
        continue;
      }
      if (r.actor == kNoActor) continue;
      for (const RoleEntry& role : lex_.RolesOf(r.actor))
        if (role.person == r.actor && role.title == title && RoleHeld(role, doc_.article_date)) {
          best = r;
          best_w = w;
        }
    }
    return best;
  }

  void AttachMarkers(const std::vector<Token>& toks, std::vector<Phrase>& phrases) const {
    for (Phrase& p : phrases) {
      if (doc_.lang == Lang::kHi) {
        size_t led_end = p.end;
        bool leads = g_.Is(WordClass::kLedBy, toks, p.end, &led_end) && g_.Is(WordClass::kAgentNoun, toks, led_end);
        if (!p.marker.empty() && !leads) {
          p.marker_end = p.end;
          continue;
        }
        // "हूथी विद्रोहियों ने", "रूसी सेना को": nouns that stand for the actor sit before its marker;
        // so does a force it leads ("घाना के नेतृत्व वाली सेनाओं ने", `led_by`).
        size_t at = leads ? led_end : p.end;
        for (size_t e = at; at < p.end + 5 && g_.Is(WordClass::kAgentNoun, toks, at, &e);) at = e;
        // "X और Y दोनों के बीच": the last of a pair, repeated.
        if (size_t e = at; at == p.end && p.begin > 0 && g_.Is(WordClass::kCoordination, toks, p.begin - 1) && BothAfterPair(toks, at, &e))
          at = e;
        // "अलेप्पो शहर में": a place's own noun stands between it and its marker.
        if (size_t e = at; p.place && g_.Is(WordClass::kPlaceNoun, toks, at, &e)) at = e;
        at = PastAbbreviation(toks, at);
        // "मेंसा के बयान को सराहा", "टोगो के प्रस्ताव को खारिज किया": what one said or decided stands
        // for who said it.
        size_t genitive_at = toks.size();
        // ("X की संपत्ति को जब्त किया": seized property stands for its owner too.)
        if (size_t e = at + 1; at == p.end && g_.Is(WordClass::kGenitive, toks, at) &&
                               (g_.Is(WordClass::kStatementNoun, toks, at + 1, &e) || g_.Is(WordClass::kAssetNoun, toks, at + 1, &e)))
          genitive_at = at, at = e;
        auto m = g_.markers.Match(toks, at);
        // "टोगो का प्रस्ताव खारिज किया": with no marker after the statement, the statement is the
        // direct object of a verb of rejecting, backing or criticising ("टोगो के प्रस्ताव को"), and
        // its actor with it.
        if (!m && genitive_at < toks.size() && at < toks.size())
          for (auto [pattern, end] : g_.triggers.MatchAll(toks, at)) {
            if (!JudgesStatement(g_.patterns[pattern].relation)) continue;
            p.marker = "को";
            p.marker_end = at;
            break;
          }
        if (!m && p.marker == "को") continue;
        // Otherwise the genitive stays ("टोगो की मांग मान ली": a trigger that begins with the statement).
        if (!m && genitive_at < toks.size()) at = genitive_at, m = g_.markers.Match(toks, at);
        // "घाना के राष्ट्रपति और देश के अन्य नेताओं से मिले": a conjunct that names no
        // actor still lends the actor before it its marker.
        if (!m && at < toks.size() && toks[at].word && g_.Is(WordClass::kCoordination, toks, at)) {
          for (size_t j = at + 1; j < toks.size() && j <= at + 6 && toks[j].word; ++j) {
            bool actor = false;
            for (const Phrase& q : phrases) actor = actor || q.begin == j;
            if (actor || g_.triggers.Match(toks, j) || g_.Is(WordClass::kClauseBreak, toks, j)) break;
            if (auto later = g_.markers.Match(toks, j); later && !g_.Is(WordClass::kGenitive, toks, j)) {
              m = later;
              at = j;
              break;
            }
          }
        }
        // "रूस की सेना ने", "चीन की सरकार ने": the force or body of an actor acting for it makes the
        // actor the agent, as "रूसी सेना ने" does — not its people ("भारत के नागरिकों ने").
        if (m && g_.Is(WordClass::kGenitive, toks, at) && m->second == at + 1) {
          size_t after_nouns = m->second;
          // (Nor its rebels or their leaders: "घाना के विद्रोही नेताओं ने".)
          for (size_t e = after_nouns; after_nouns < m->second + 4 && g_.Is(WordClass::kAgentNoun, toks, after_nouns, &e) &&
                                       !g_.Is(WordClass::kNonStateNoun, toks, after_nouns) && !g_.Is(WordClass::kRebelNoun, toks, after_nouns);)
            after_nouns = e;
          auto agent = after_nouns > m->second ? g_.markers.Match(toks, after_nouns) : std::nullopt;
          if (agent) {
            const std::string& name = g_.marker_names[agent->first];
            // ...and so are the officials of a pair between whom talks are held ("X और Y के अधिकारियों के बीच").
            if (IsHindiAgentMarker(name) || name == "के बीच") m = agent, at = after_nouns;
          }
        }
        if (m) {
          p.marker = g_.marker_names[m->first];
          p.marker_end = m->second;
          p.locative = g_.Is(WordClass::kLocative, toks, at);
        } else {
          p.marker_end = p.end;
        }
      } else {
        // The preposition governing the phrase, over determiners and modifiers: "with the
        // interim Ghanaian prime minister ...", "in the old Togolese port".
        size_t b = p.begin;
        bool dated = false;  // "On 9 May Angela Merkel met": the preposition governs the date
        for (int skipped = 0; b > 0 && skipped < 3; ++skipped) {
          const Token& t = toks[b - 1];
          // (An -ed word right after a preposition or article is a modifier, though a verb elsewhere:
          // "of toppled leader X".)
          bool modifier_verb = EndsWith(t, "ed") && b >= 2 &&
                               (g_.Is(WordClass::kPreposition, toks, b - 2) || g_.Is(WordClass::kArticle, toks, b - 2));
          if (!t.word || g_.Is(WordClass::kPreposition, toks, b - 1) || (g_.triggers.Match(toks, b - 1) && !modifier_verb) ||
              g_.Is(WordClass::kSpeech, toks, b - 1) || g_.Is(WordClass::kBe, toks, b - 1) ||
              g_.Is(WordClass::kCoordination, toks, b - 1))
            break;
          // a day or month name, or a year ("In 2015 Turkey shot down"), not a count ("of 35 Russian spies")
          dated = dated || g_.months.Match(toks, b - 1) || g_.weekdays.Match(toks, b - 1) ||
                  (Digits(t) && t.text.size() == 4 && (t.text.rfind("19", 0) == 0 || t.text.rfind("20", 0) == 0) &&
                   b >= 2 && (toks[b - 2].lower == "in" || toks[b - 2].lower == "since" || toks[b - 2].lower == "by" ||
                              toks[b - 2].lower == "until"));  // "In 2015 Turkey", not "with 2000 US troops"
          --b;
        }
        if (b > 0 && !dated && g_.Is(WordClass::kPreposition, toks, b - 1)) {
          p.marker = toks[b - 1].lower;
          p.locative = g_.Is(WordClass::kLocative, toks, b - 1);
        }
      }
    }
  }

  // "ब्रिटिश एयरवेज से ... पहुंचे": a Hindi country or demonym before a noun for a thing (`thing_noun`:
  // an airline, a currency, a language) and then that noun's marker describes the thing, not the state.
  void DropNamesOfThings(const std::vector<Token>& toks, std::vector<Phrase>& phrases) const {
    std::erase_if(phrases, [&](const Phrase& p) {
      size_t noun = p.end, noun_end = p.end;
      if (!p.marker.empty() || p.pronoun || p.title >= 0 || p.place || p.person_named || IsPerson(lex_, p.who) ||
          !g_.Is(WordClass::kThingNoun, toks, noun, &noun_end) || noun_end >= toks.size())
        return false;
      auto m = g_.markers.Match(toks, noun_end);
      return m && !g_.Is(WordClass::kGenitive, toks, noun_end);
    });
  }

  // An actor followed by a few plain words and then another actor, with no marker between,
  // only describes the second: "Somali militant group al-Shabaab", "सोमाली उग्रवादी गुट अल-शबाब".
  void MarkModifiers(const std::vector<Token>& toks, std::vector<Phrase>& phrases) const {
    const bool hindi = doc_.lang == Lang::kHi;
    for (size_t k = 0; k + 1 < phrases.size(); ++k) {
      Phrase& a = phrases[k];
      const Phrase& b = phrases[k + 1];
      if (a.pronoun || a.possessive || a.title >= 0 || (hindi && !a.marker.empty())) continue;
      size_t words = 0;
      bool plain = b.begin > a.end;
      for (size_t t = a.end; t < b.begin && plain; ++t) {
        plain = toks[t].word && !IsGrammarWord(toks, t) && !g_.Is(WordClass::kPreposition, toks, t) &&
                !(!hindi && !toks[t].capitalized && g_.Is(WordClass::kBe, toks, t));
        ++words;
      }
      if (plain && words <= 3 && (hindi || !b.marker.size())) a.modifier = true;
    }
  }

  void GroupCoordinations(const std::vector<Token>& toks, std::vector<Phrase>& phrases) const {
    int next_group = 0;
    int hindi_apposition = 0;
    bool closed_by_word = false;  // the last link was "and"/"or": "X and Y, the Z ..." ends the list at Y
    for (size_t k = 0; k < phrases.size(); ++k) {
      if (phrases[k].group < 0) phrases[k].group = next_group++;
      if (k + 1 >= phrases.size()) break;
      Phrase& a = phrases[k];
      Phrase& b = phrases[k + 1];
      if (a.pair_first && b.begin == a.end) {
        b.group = a.group;
        continue;
      }
      // "X और Y", "X, Y and Z": the gap holds only coordination words and commas.
      // Hindi: over nouns that stand for the actor ("घाना की संसद और टोगो के दूतावास पर").
      size_t from = a.end;
      for (size_t e = from; doc_.lang == Lang::kHi && from < b.begin && g_.Is(WordClass::kAgentNoun, toks, from, &e);) from = e;
      if (doc_.lang == Lang::kHi && !a.marker.empty()) continue;  // "X ने Y से": not coordinated
      size_t gap_words = 0;
      bool has_coord = false, word_coord = false;
      // A Hindi comma lists actors only when a conjunction closes the list ("X, Y और Z");
      // headlines use bare commas between clauses ("... मैक्रों, किशिदा से करेंगे मुलाकात").
      bool comma_lists = false;
      if (doc_.lang == Lang::kHi) {
        // ... over any number of commas first: "नेपाल, भूटान, बांग्लादेश और श्रीलंका".
        for (size_t m = k + 1; m + 1 < phrases.size() && !comma_lists && (m == k + 1 || phrases[m - 1].marker.empty()); ++m) {
          bool only_commas = true;
          for (size_t t = phrases[m].end; t < phrases[m + 1].begin; ++t) {
            if (toks[t].word && g_.Is(WordClass::kCoordination, toks, t)) comma_lists = true;
            else if (!IsPunct(toks[t], ",")) only_commas = false;
          }
          if (!only_commas) break;
        }
      } else {
        // English too: "Britain, France and China" is a list, "In Washington, the State
        // Department welcomed" is not — a conjunction must close the list before its clause's
        // verb ("met Kofi Mensah, head of ..., and parliament speaker Ama Owusu").
        for (size_t t = a.end; t < toks.size() && t < b.end + 30 && !comma_lists; ++t) {
          if (t >= b.begin && t < b.end) continue;
          if (IsPunct(toks[t], ".") || IsPunct(toks[t], ";") || g_.Is(WordClass::kClauseBreak, toks, t) ||
              g_.Is(WordClass::kSpeech, toks, t) || g_.Is(WordClass::kBe, toks, t) ||
              (g_.triggers.Match(toks, t) && !(toks[t].capitalized && t > b.end)))
            break;
          comma_lists = toks[t].word && g_.Is(WordClass::kCoordination, toks, t);
        }
      }
      for (size_t t = from; t < b.begin; ++t) {
        if (g_.Is(WordClass::kCoordination, toks, t) && toks[t].word) has_coord = word_coord = true;
        else if (IsPunct(toks[t], ",") && comma_lists) has_coord = true;
        else if (IsPunct(toks[t], ",")) gap_words += 100;
        else if (IsPunct(toks[t], "-") && b.begin == t + 1 && t == a.end && toks[t - 1].end == toks[t].begin &&
                 toks[t].end == toks[t + 1].begin)
          has_coord = true;  // "अमरीका-रूस समझौता", written without spaces (unlike a dateline's "AP - ")
        else if (g_.Is(WordClass::kDefiniteArticle, toks, t)) continue;
        else if (doc_.lang == Lang::kHi && has_coord && toks[t].word && !g_.markers.Match(toks, t) &&
                 !g_.triggers.Match(toks, t) && !g_.Is(WordClass::kClauseBreak, toks, t))
          ++gap_words, ++hindi_apposition;
        else gap_words += 100;
      }
      // "X तथा दो छात्र संगठनों Y और Z": a few words naming what the next actors are.
      bool list_closed = doc_.lang == Lang::kEn && !word_coord && closed_by_word;
      // "... strike Mali and he warned": a subject pronoun after "and" opens a clause.
      if (doc_.lang == Lang::kEn && b.pronoun && g_.Is(WordClass::kPronounSubject, toks, b.begin) && b.end < toks.size() &&
          (g_.Is(WordClass::kSpeech, toks, b.end) || g_.triggers.Match(toks, b.end) || EndsWith(toks[b.end], "ed")))
        list_closed = true;
      closed_by_word = false;
      if (has_coord && gap_words == static_cast<size_t>(hindi_apposition) && gap_words <= 3 && b.begin > a.end && !list_closed) {
        b.group = a.group;
        closed_by_word = word_coord;
      }
      hindi_apposition = 0;
    }
    // In Hindi the marker after the last conjunct applies to all of them ("अमेरिका और पश्चिम की निंदा");
    // in English the preposition before the first does ("with X and Y").
    std::map<int, std::pair<std::string, bool>> group_marker;
    for (const Phrase& p : phrases) {
      if (doc_.lang == Lang::kHi) group_marker[p.group] = {p.marker, p.locative};
      else if (!group_marker.count(p.group)) group_marker[p.group] = {p.marker, p.locative};
    }
    for (Phrase& p : phrases) {
      auto [marker, loc] = group_marker[p.group];
      if (doc_.lang == Lang::kHi ? p.marker.empty() : !marker.empty()) {
        p.marker = marker;
        p.locative = loc;
      }
    }
  }

  // ---- clauses, attribution, triggers ------------------------------------------------------------

  struct Trigger {
    size_t begin, end;
    int pattern;
  };

  // Hindi: a trigger followed by a postposition ("वापसी के बाद", "हमले में") is a noun inside a
  // phrase, not the clause's verb.
  bool NounInPhrase(const std::vector<Token>& toks, const Trigger& t) const {
    return doc_.lang == Lang::kHi && t.end < toks.size() && g_.markers.Match(toks, t.end).has_value();
  }

  // The verb that makes an event noun an event: "मुलाकात की"; for some, the causative too ("हमला
  // करवाया": who has an attack made makes it; "रिहा करवाया" is getting someone released, not releasing).
  // (A causative only right after the noun or its agent: "बमबारी बंद करवाई" stops the bombing.)
  bool LightVerbAt(const std::vector<Token>& toks, size_t at, const Trigger& t, size_t* end = nullptr) const {
    if (g_.Is(WordClass::kLightVerb, toks, at, end)) return true;
    bool next_to_noun = at == t.end || (at > 0 && (g_.Is(WordClass::kAgentMarker, toks, at - 1) || g_.Is(WordClass::kAlso, toks, at - 1)));
    return g_.patterns[t.pattern].causative && next_to_noun && g_.Is(WordClass::kCausativeLightVerb, toks, at, end);
  }

  // "घाना ने धमाके का आरोप टोगो की एजेंसी पर लगाया": the object, with one of the pattern's markers,
  // may stand between the event noun and its light verb. Returns where that marker begins, or kNone.
  size_t ObjectMarkerBeforeLightVerb(const std::vector<Token>& toks, const Trigger& t) const {
    const PatternEntry& pe = g_.patterns[t.pattern];
    for (size_t j = t.end + 1; j < toks.size() && j <= t.end + 5 && toks[j].word; ++j) {
      if (g_.Is(WordClass::kClauseBreak, toks, j) || g_.triggers.Match(toks, j)) return kNone;
      auto m = g_.markers.Match(toks, j);
      if (!m || g_.Is(WordClass::kGenitive, toks, j)) continue;  // "टोगो की एजेंसी पर": inside the object
      if (!MarkerAllowed(pe, g_.marker_names[m->first]) || m->second >= toks.size()) return kNone;
      return LightVerbAt(toks, m->second, t) ? j : kNone;
    }
    return kNone;
  }

  // "टोगो पर हमला घाना ने किया था": an agent between an event noun and its light verb.
  // Returns the agent marker's position, or kNone. Not for a noun inside a postpositional phrase
  // ("टोगो पर हमले के बाद घाना ने की बैठक": the verb is the meeting's).
  size_t AgentBeforeLightVerb(const std::vector<Token>& toks, const Trigger& t) const {
    if (NounInPhrase(toks, t)) return kNone;
    for (size_t j = t.end + 1; j < toks.size() && j < t.end + 6 && toks[j].word; ++j) {
      if (g_.Is(WordClass::kClauseBreak, toks, j) || g_.triggers.Match(toks, j)) break;
      size_t verb = j;
      if (!g_.Is(WordClass::kAgentMarker, toks, j, &verb)) {
        if (g_.markers.Match(toks, j)) break;
        continue;
      }
      return verb < toks.size() && LightVerbAt(toks, verb, t) ? j : kNone;
    }
    return kNone;
  }

  bool LightVerbNear(const std::vector<Token>& toks, const Trigger& t) const {
    for (size_t j = t.end; j < toks.size() && j < t.end + 3; ++j) {
      size_t e = j;
      // "हमले का आरोप लगाया": the light verb belongs to the event noun nearest to it; an
      // attack named inside an accusation is not an attack made.
      if (j > t.end && g_.triggers.Match(toks, j) && !g_.Is(WordClass::kLightVerb, toks, j)) return false;
      if (LightVerbAt(toks, j, t, &e)) {
        // "हमले की निंदा": की, का, के before another noun are genitive, not the verb "did".
        bool genitive_form = g_.Is(WordClass::kGenitive, toks, j) && e == j + 1;
        if (!genitive_form) return true;
        bool clause_ends = e >= toks.size() || !toks[e].word || g_.Is(WordClass::kClauseBreak, toks, e) ||
                           g_.Is(WordClass::kStop, toks, e) || g_.Is(WordClass::kPassiveAux, toks, e) ||
                           g_.Is(WordClass::kCoordination, toks, e);
        return clause_ends && !g_.triggers.Match(toks, e);
      }
      if (!toks[j].word) break;
    }
    if (AgentBeforeLightVerb(toks, t) != kNone || ObjectMarkerBeforeLightVerb(toks, t) != kNone) return true;
    // Headline order: "से की मुलाकात", "का मैक्रों ने किया स्वागत", "के बीच होगी वार्ता", "पर लगाया प्रतिबंध".
    if (t.begin == 0) return false;
    const Token& prev = toks[t.begin - 1];
    size_t e = t.begin - 1;
    // "की" is the verb only after a postposition ("से की मुलाकात"); after a noun it is genitive
    // ("कोफी मेंसा की रिहाई का मुद्दा").
    if (prev.key == "की" && t.begin >= 2 && g_.markers.Match(toks, t.begin - 2).has_value() &&
        !g_.Is(WordClass::kGenitive, toks, t.begin - 2))
      return true;
    // (Not a relative participle before a noun inside a phrase: "भूटान पर हुए हमले के लिए X को दोषी
    // ठहराया" names the attack; the clause's agent did not make it.)
    bool relative = g_.Is(WordClass::kParticiple, toks, t.begin - 1) && NounInPhrase(toks, t) &&
                    !g_.patterns[t.pattern].symmetric_pairs;
    if (prev.key != "की" && !relative && LightVerbAt(toks, t.begin - 1, t, &e) && e == t.begin &&
        !g_.Is(WordClass::kGenitive, toks, t.begin - 1))
      return true;
    return LightVerbAfterAgent(toks, t);
  }

  // Headlines also put the light verb straight after the agent, before the object: "इमरान ने दी
  // भारत को धमकी", "अमेरिका ने लगाए ईरान पर नए प्रतिबंध". After ने no "की" can be a genitive, so a
  // light verb there is the verb of the first event noun that follows it in the clause.
  bool LightVerbAfterAgent(const std::vector<Token>& toks, const Trigger& t) const {
    // "घाना ने दिया टोगो पर हमले का जवाब": an event noun in the genitive modifies the next noun,
    // which the light verb belongs to.
    if (t.end < toks.size() && g_.Is(WordClass::kGenitive, toks, t.end)) return false;
    for (size_t j = t.begin; j > 1 && j + 8 > t.begin; --j) {
      size_t at = j - 1;
      if ((!toks[at].word && !IsPunct(toks[at], "-")) || g_.Is(WordClass::kClauseBreak, toks, at)) return false;
      if (at + 1 < t.begin && g_.triggers.Match(toks, at) && !g_.Is(WordClass::kLightVerb, toks, at)) return false;
      size_t e = at;
      if (!g_.Is(WordClass::kLightVerb, toks, at, &e) || e > t.begin) continue;
      // "ईरान पर लगाए नए प्रतिबंध": only an adjective or two between the verb and its noun.
      // Not a relative participle: "चौकी पर हुए आतंकवादी हमलों" names the attack, it does not make one.
      bool adjectives_only = e < t.begin && t.begin <= e + 2 && !g_.Is(WordClass::kGenitive, toks, at) &&
                             !g_.Is(WordClass::kParticiple, toks, at);
      for (size_t k = e; k < t.begin && adjectives_only; ++k)
        adjectives_only = toks[k].word && !g_.markers.Match(toks, k) && !g_.Is(WordClass::kStop, toks, k);
      if (adjectives_only) return true;
      size_t agent = toks[at - 1].key == "भी" && at >= 2 ? at - 2 : at - 1;
      if (toks[agent].key == "ने") return true;
      if (!g_.Is(WordClass::kGenitive, toks, at)) return false;  // "की तारीफ" is a genitive; any other verb ends the search
    }
    return false;
  }

  // One of the pattern's context words in [from, to): "टोगो इस हमले में शामिल है", not "हमले की जांच
  // करने वाली टीम में टोगो शामिल है".
  bool ContextBetween(const std::vector<Token>& toks, const PatternEntry& pe, size_t from, size_t to) const {
    for (size_t j = from; j < to; ++j)
      if (pe.context.Match(toks, j)) return true;
    return false;
  }

  // "held the United States responsible": a word of the pattern's exclusion list a few words
  // after the trigger, in its clause, makes it another event.
  bool ExcludedAfter(const std::vector<Token>& toks, const PatternEntry& pe, size_t from) const {
    for (size_t j = from; j < toks.size() && j < from + 8; ++j) {
      // (The dot of an initial, "U.N. report", ends no clause.)
      bool initial_dot = IsPunct(toks[j], ".") && j > 0 && toks[j - 1].text.size() <= 3 && toks[j - 1].capitalized;
      if (g_.Is(WordClass::kClauseBreak, toks, j) || IsPunct(toks[j], ";") || (IsPunct(toks[j], ".") && !initial_dot)) return false;
      if (pe.exclude.Match(toks, j)) return true;
    }
    return false;
  }

  // An English headline capitalising every word: hardly a lower-case content word.
  static bool TitleCased(const std::vector<Token>& toks) {
    size_t words = 0, lower = 0;
    for (const Token& t : toks)
      if (t.word && t.lower.size() > 3) ++words, lower += t.capitalized ? 0 : 1;
    return lower * 5 <= words;
  }

  // "the Togo Sanctions Act", "the Accra Peace Accords": in running text a capitalised trigger word
  // inside a run of capitalised words is part of a name. Headlines capitalise every word, so a
  // sentence written that way keeps its triggers.
  std::vector<bool> InsideCapitalisedNames(const std::vector<Token>& toks) const {
    std::vector<bool> named(toks.size(), false);
    if (doc_.lang != Lang::kEn || TitleCased(toks)) return named;
    for (size_t i = 1; i < toks.size(); ++i) {
      if (!toks[i].capitalized || toks[i].all_caps) continue;
      bool prev = toks[i - 1].word && toks[i - 1].capitalized && !IsPunct(toks[i - 1], ".");
      bool next = i + 1 < toks.size() && toks[i + 1].word && toks[i + 1].capitalized;
      named[i] = prev || next;
    }
    return named;
  }

  std::vector<Trigger> FindTriggers(const std::vector<Token>& toks, const std::vector<Phrase>& phrases,
                                    const std::vector<int>& clause) const {
    std::vector<Trigger> out;
    std::vector<bool> in_phrase = InsideCapitalisedNames(toks);
    for (const Phrase& p : phrases)
      for (size_t t = p.begin; t < p.end; ++t) in_phrase[t] = true;
    for (size_t i = 0; i < toks.size();) {
      if (in_phrase[i]) {
        ++i;
        continue;
      }
      // Every pattern of the longest valid match is a candidate reading ("sanctions" the verb and
      // the noun); the argument search keeps the first reading that finds its actors.
      size_t taken_end = 0;
      for (auto [pattern, end] : g_.triggers.MatchAll(toks, i)) {
        const PatternEntry& pe = g_.patterns[pattern];
        Trigger t{i, end, pattern};
        if (pe.light_verb && !LightVerbNear(toks, t) && !GenitiveDoer(toks, pe, t, phrases) &&
            !(pe.victim && (Victim(toks, t, phrases, clause).victim || ClaimedAfter(toks, end))) &&
            !(doc_.lang == Lang::kHi && (ThreatenedVerbalNoun(toks, t) || MeetingAdjunctHi(toks, t))))
          continue;
        if (!pe.context.empty()) {
          bool found = false;
          // In the trigger's clause, as the lexicon documents ("sending a diplomat ... amid reports
          // that troops were seen" sends no troops).
          // A trigger that ends in "कि"/"that" takes its context from the clause it opens ("से कहा कि
          // उसे ... चाहिए" asks).
          int opened = end < toks.size() && end > i && g_.Is(WordClass::kClauseBreak, toks, end - 1) ? clause[end] : -1;
          for (size_t j = 0; j < toks.size() && !found; ++j)
            found = (clause[j] == clause[i] || clause[j] == opened) && pe.context.Match(toks, j).has_value();
          if (!found) continue;
        }
        if (!pe.exclude.empty() && ExcludedAfter(toks, pe, end)) continue;
        if (pe.closing && end < toks.size() && toks[end].word) continue;
        // "supporters of toppled leader Sheikh Hasina", "the deposed president": an -ed word between a
        // determiner or "of" and an office or name describes it.
        if (doc_.lang == Lang::kEn && !pe.nominal && end == i + 1 && i > 0 && end < toks.size() && EndsWith(toks[i], "ed") &&
            (g_.Is(WordClass::kArticle, toks, i - 1) || g_.Is(WordClass::kPronounGenitive, toks, i - 1) || toks[i - 1].lower == "of") &&
            (lex_.titles().Match(toks, end) || (toks[end].capitalized && !g_.Is(WordClass::kArticle, toks, end))))
          continue;
        // "helped draft the pact", "offered to help calm the row between X and Y": help with a task
        // (`help_task`) right after the verb gives no one aid.
        if (doc_.lang == Lang::kEn && pe.relation == Relation::kAid && end < toks.size()) {
          size_t task = end < toks.size() && toks[end].lower == "to" ? end + 1 : end;
          if (task < toks.size() && g_.Is(WordClass::kHelpVerb, toks, end - 1) && g_.Is(WordClass::kHelpTask, toks, task)) continue;
        }
        // "sought to calm Peru", "asked to join the talks": an aim of one's own, not a request.
        // ("Togo was urged to withdraw by Ghana" is a request, passive.)
        if (doc_.lang == Lang::kEn && pe.relation == Relation::kRequest && InfinitiveAt(toks, end) &&
            !(i > 0 && g_.Is(WordClass::kBe, toks, i - 1)))
          continue;
        out.push_back(t);
        taken_end = std::max(taken_end, end);
      }
      i = taken_end ? taken_end : i + 1;
    }
    return out;
  }

  // Hindi headlines open a quote with a dash after the speaker ("बोले जयशंकर- LAC पर ..."); a
  // hyphen inside a name ("जोंग-उन") has no space after it.
  bool QuoteDash(const std::vector<Token>& toks, size_t i) const {
    return doc_.lang == Lang::kHi && (IsPunct(toks[i], "-") || IsPunct(toks[i], "\u2013")) && i > 0 && i + 1 < toks.size() &&
           toks[i - 1].end == toks[i].begin && toks[i + 1].begin > toks[i].end;
  }

  // Clause boundaries: each token gets the index of its clause.
  std::vector<int> Clauses(const std::vector<Token>& toks, const std::vector<Phrase>& phrases) const {
    std::vector<int> clause(toks.size(), 0);
    // A break word that begins a name is part of it: "जो बाइडन" is Joe Biden, not "who".
    std::vector<bool> named(toks.size(), false);
    for (const Phrase& p : phrases) named[p.begin] = true;
    int c = 0;
    for (size_t i = 0; i < toks.size(); ++i) {
      size_t e = i;
      bool brk = (g_.Is(WordClass::kClauseBreak, toks, i, &e) && !named[i]) || IsPunct(toks[i], ";") || IsPunct(toks[i], ":") ||
                 IsPunct(toks[i], "\u2014") || IsPunct(toks[i], "\"") || IsPunct(toks[i], "\u201C") ||
                 IsPunct(toks[i], "\u201D") || QuoteDash(toks, i);
      if (brk) ++c;
      clause[i] = c;
    }
    return clause;
  }

  struct Attribution {
    std::vector<Referent> speakers;
    const Phrase* first_speaker = nullptr;  // "Wang said ... and urged": the subject of the speech verb
    bool claimed = false;
    bool denied = false;
    size_t claim_at = 0;   // token index of the claim/deny word
  };

  // Between a subject's closing comma and its verb: auxiliaries, adverbs and a day or date ("has
  // said", "on Tuesday said").
  bool VerbGroupOnly(const std::vector<Token>& toks, size_t from, size_t to) const {
    for (size_t j = from; j < to; ++j) {
      bool dated = g_.weekdays.Match(toks, j) || g_.months.Match(toks, j) ||
                   (toks[j].word && std::isdigit(static_cast<unsigned char>(toks[j].text[0])));
      bool before_date = g_.Is(WordClass::kPreposition, toks, j) && j + 1 < to &&
                         (g_.weekdays.Match(toks, j + 1) || g_.months.Match(toks, j + 1));
      if (toks[j].word && !IsAdverb(toks, j) && !dated && !before_date) return false;
    }
    return true;
  }

  Attribution FindAttribution(const std::vector<Token>& toks, const std::vector<Phrase>& phrases,
                              const std::vector<int>& clause) const {
    Attribution a;
    auto add = [&](const Referent& r) {
      if (std::find(a.speakers.begin(), a.speakers.end(), r) == a.speakers.end()) a.speakers.push_back(r);
    };
    auto group_of = [&](int group) {
      for (const Phrase& p : phrases)
        if (p.group == group) add(p.who);
    };
    for (size_t i = 0; i < toks.size(); ++i) {
      size_t e = i;
      bool claim = g_.Is(WordClass::kClaim, toks, i, &e);
      bool deny = g_.Is(WordClass::kDeny, toks, i, &e);
      bool speech = g_.Is(WordClass::kSpeech, toks, i, &e);
      // "concluded in January that ...": a finding verb with its "that" a few words on.
      if (size_t f = i; !speech && g_.Is(WordClass::kFinding, toks, i, &f))
        for (size_t j = f; j < toks.size() && j < f + 4 && !speech; ++j) {
          if (g_.Is(WordClass::kComplementizer, toks, j)) speech = true, e = f;
          else if (!toks[j].word || g_.triggers.Match(toks, j)) break;
        }
      bool according = g_.Is(WordClass::kAccordingTo, toks, i, &e);
      if (!(claim || deny || speech || according)) continue;
      // "Ghana does not believe that Togo attacked": a denied saying credits nobody.
      if (speech && Between(toks, i >= 3 ? i - 3 : 0, i, WordClass::kNegation)) continue;
      if (claim) a.claimed = true, a.claim_at = i;
      if (deny) a.denied = true, a.claim_at = i;
      if (according) {
        // "according to X" (English: after) / "X के हवाले से" (Hindi: before).
        for (const Phrase& p : phrases) {
          size_t end = p.end;
          while (end < i && !toks[end].word) ++end;  // "(केसीएनए) के हवाले से"
          if (doc_.lang == Lang::kEn ? (p.begin >= e && p.begin <= e + 2) : (p.marker_end == e || end == i))
            group_of(p.group);
        }
        continue;
      }
      // The speaker: the subject phrase before the verb in its clause, else the phrase right after it.
      const Phrase* speaker = nullptr;
      const Phrase* agent = nullptr;  // Hindi: the ने-marked phrase wins over a bare one
      for (const Phrase& p : phrases) {
        if (p.end > i || clause[p.begin] != clause[i]) continue;
        bool subject_like = doc_.lang == Lang::kHi ? (p.marker == "ने" || p.marker.empty())
                                                   : (p.marker.empty() && !p.locative);
        if (subject_like && !p.possessive) speaker = &p;
        if (doc_.lang == Lang::kHi && p.marker == "ने") agent = &p;
        // "भारत का कहना है कि ...": the genitive before "कहना" is who says it.
        if (doc_.lang == Lang::kHi && p.marker_end == i && toks[i].key == "कहना" &&
            (p.marker == "का" || p.marker == "के" || p.marker == "की"))
          agent = &p;
      }
      if (agent) speaker = agent;
      // "Ghana attacked Togo on Tuesday, medics said": after the last comma, words other than a verb's
      // own (auxiliaries, adverbs, a day) are the one speaking, not the phrase before the comma.
      size_t closing = i;
      for (size_t j = speaker ? speaker->end : 0; doc_.lang == Lang::kEn && j < i; ++j)
        if (IsPunct(toks[j], ",")) closing = j;
      bool verb_after_comma = closing < i && VerbGroupOnly(toks, closing + 1, i);
      if (speaker && closing < i && !verb_after_comma) speaker = nullptr;
      // "Togo, which borders Benin, Ghana and Niger, has said ...": the subject stands before a
      // relative clause that the comma before the verb closes.
      if (verb_after_comma)
        for (size_t open = closing, listed = false; open > 1; --open) {
          if (toks[open].word && g_.Is(WordClass::kCoordination, toks, open)) listed = true;
          // (An inner comma only inside a list that "and"/"or" closes: "which borders Benin, Ghana and Niger,".)
          if (open < closing && IsPunct(toks[open], ",") && !listed) break;
          if (g_.Is(WordClass::kRelative, toks, open) && IsPunct(toks[open - 1], ",")) {
            for (const Phrase& p : phrases)
              if (p.end == open - 1 && p.marker.empty() && !p.possessive && !p.locative) speaker = &p;
            break;
          }
        }
      // "Russia struck Kyiv, said Ghana's minister": after a comma or a closing quote, "said"
      // comes before its subject, and the phrase before the comma is part of the report.
      bool inverted = doc_.lang == Lang::kEn && i > 0 && !toks[i - 1].word &&
                      (IsPunct(toks[i - 1], ",") || toks[i - 1].text == "\"" || toks[i - 1].text == "\u201d");
      if (inverted)
        for (const Phrase& p : phrases)
          if ((p.begin == e || (p.begin == e + 1 && g_.Is(WordClass::kArticle, toks, e))) && p.marker.empty() &&
              (p.end >= toks.size() || !toks[p.end].word || toks[p.end].lower == "of")) {
            speaker = &p;
            break;
          }
      if (speaker && !a.first_speaker && speaker->end <= i) a.first_speaker = speaker;
      if (!speaker && doc_.lang == Lang::kEn)
        for (const Phrase& p : phrases)
          if (p.begin >= e && p.begin <= e + 1) speaker = &p;
      if (speaker) group_of(speaker->group);
    }
    return a;
  }

  // "denied by the minister, who accused Russia", "denied the report but accused Russia": a
  // relative clause or a contrast after a denial says something of its own.
  bool RelativeOrContrastBetween(const std::vector<Token>& toks, size_t from, size_t to) const {
    if (doc_.lang != Lang::kEn) return false;
    for (size_t j = from + 1; j < to && j < toks.size(); ++j) {
      const std::string& w = toks[j].lower;
      bool contrast = (w == "but" && !(j + 1 < toks.size() && toks[j + 1].lower == "also")) || w == ";";
      bool relative = g_.Is(WordClass::kRelative, toks, j) && IsPunct(toks[j - 1], ",");
      if (!contrast && !relative) continue;
      // "denied reports, which surfaced Monday, that it attacked": the denied "that" clause goes on.
      bool denied_clause_follows = false;
      for (size_t t = j + 1; t < to && !denied_clause_follows; ++t) denied_clause_follows = toks[t].lower == "that";
      if (!denied_clause_follows) return true;
    }
    return false;
  }

  // "attacked rebels in Syria", "विद्रोहियों पर हमला": the attack's target is rebels or militants,
  // who are not the state they are in (a police station or civilians there stand for it).
  bool AttackOnRebels(const std::vector<Token>& toks, const Trigger& trig) const {
    if (doc_.lang == Lang::kHi) {
      for (size_t j = trig.begin > 5 ? trig.begin - 5 : 1; j < trig.begin; ++j)
        if (toks[j].key == "पर" && g_.Is(WordClass::kRebelNoun, toks, j - 1)) return true;
      return false;
    }
    for (size_t j = trig.end; j < toks.size() && j < trig.end + 4 && toks[j].word; ++j) {
      if (g_.Is(WordClass::kRebelNoun, toks, j)) return true;
      if (g_.Is(WordClass::kPreposition, toks, j) || g_.Is(WordClass::kClauseBreak, toks, j)) return false;
    }
    return false;
  }

  bool AttackNounAt(const std::vector<Token>& toks, size_t at) const {
    if (at >= toks.size()) return false;
    for (auto [pattern, end] : g_.triggers.MatchAll(toks, at))
      if (g_.patterns[pattern].relation == Relation::kAssault && (g_.patterns[pattern].nominal || doc_.lang == Lang::kHi))
        return true;
    return false;
  }

  // "घाना पर हमलों के लिए टोगो को जिम्मेदार ठहराया", "घाना में धमाकों के लिए टोगो को ...": the
  // phrase attacked, when an attack noun follows its पर (or a country's में) and "के लिए" leads from
  // it to the one blamed.
  const Phrase* TargetOfBlamedAttack(const std::vector<Token>& toks, const std::vector<Phrase>& phrases,
                                     const Phrase& blamed, const Trigger& trig) const {
    if (blamed.marker != "को" || blamed.end > trig.begin) return nullptr;
    for (const Phrase& p : phrases) {
      if (p.end >= blamed.begin) break;
      bool country = p.who.actor != kNoActor && lex_.actors()[p.who.actor].type == EntityType::kCountry;
      if (!(p.marker == "पर" || (p.locative && country))) continue;
      size_t noun = p.marker_end;
      while (noun < blamed.begin && noun < p.marker_end + 3 && !AttackNounAt(toks, noun) && toks[noun].word &&
             !g_.markers.Match(toks, noun))
        ++noun;  // "आतंकवादी हमले", "हुए हमले"
      if (noun >= blamed.begin || !AttackNounAt(toks, noun)) continue;
      // "के लिए" right after the attack noun (or after "जारी रखने", continuing it), not after another
      // noun it governs ("हमलों को रोकने में विफलता के लिए" blames a failure).
      size_t after = g_.triggers.Match(toks, noun)->second;
      if (size_t e = after; after < blamed.begin && g_.Is(WordClass::kContinue, toks, after, &e)) after = e;
      if (size_t e = after; g_.Is(WordClass::kPurpose, toks, after, &e) && e <= blamed.begin) return &p;
    }
    return nullptr;
  }

  // The one country a clause's places (locative phrases: "in Baghdad", "बगदाद में") belong to.
  Referent CountryAttackedIn(const std::vector<Phrase>& phrases, const std::vector<int>& clause, const Trigger& trig) const {
    Referent found;
    for (const Phrase& p : phrases) {
      if (!p.locative || clause[p.begin] != clause[trig.begin] || p.who.actor == kNoActor ||
          lex_.actors()[p.who.actor].type != EntityType::kCountry)
        continue;
      if (found.valid() && !(found == p.who)) return {};
      found = p.who;
    }
    return found;
  }

  // "and urged": a conjunction and a verb trigger start another predicate, with objects of its own.
  static constexpr size_t kNone = static_cast<size_t>(-1);

  // "leaders of X", "the government of the Netherlands", "the foreign ministers of X": where the agent
  // noun before "of [the]" and a phrase starting at `begin` starts, or kNone.
  size_t AgentNounBeforeOf(const std::vector<Token>& toks, size_t begin) const {
    if (begin < 2) return kNone;
    size_t of = begin - 1;
    if (g_.Is(WordClass::kDefiniteArticle, toks, of)) --of;
    if (toks[of].lower != "of" && toks[of].lower != "from") return kNone;  // "leaders of X", "officials from X"
    for (size_t h = of >= 3 ? of - 3 : 0; h < of; ++h)
      if (size_t e = h; g_.Is(WordClass::kAgentNoun, toks, h, &e) && e == of) return h;
    return kNone;
  }

  // "shelling", "strikes": a trigger read both as a verb and as a noun.
  bool NounOrVerbAt(const std::vector<Token>& toks, size_t at) const {
    bool verb = false, noun = false;
    for (auto [pattern, end] : g_.triggers.MatchAll(toks, at)) (g_.patterns[pattern].nominal ? noun : verb) = true;
    return verb && noun;
  }

  bool CoordinatedVerbAt(const std::vector<Token>& toks, size_t j) const {
    if (j + 1 >= toks.size() || !g_.Is(WordClass::kCoordination, toks, j)) return false;
    bool verb = false, noun = false;  // "strikes and shelling on Gaza": a noun too, so no new predicate
    for (auto [pattern, end] : g_.triggers.MatchAll(toks, j + 1)) (g_.patterns[pattern].nominal ? noun : verb) = true;
    return verb && !noun;
  }

  bool Between(const std::vector<Token>& toks, size_t from, size_t to, WordClass c) const {
    for (size_t j = from; j < to && j < toks.size(); ++j)
      if (g_.Is(c, toks, j)) return true;
    return false;
  }

  // A cancelled or postponed event did not happen, like a negated one (`cancel` words): Hindi puts
  // the word right after the event noun ("दौरा रद्द कर दिया", "वार्ता स्थगित"); English before the
  // event ("cancelled his visit", "called off the talks") or, for an event noun, after it in its
  // clause ("the meeting ... was postponed").
  bool Cancelled(const std::vector<Token>& toks, const Trigger& trig, const PatternEntry& pe,
                 const std::vector<int>& clause) const {
    if (doc_.lang == Lang::kHi)
      return Between(toks, trig.end, std::min(toks.size(), trig.end + 3), WordClass::kCancel) || g_.Is(WordClass::kStopVerb, toks, trig.end) ||
             (trig.end < toks.size() && toks[trig.end].key == "को" && g_.Is(WordClass::kStopVerb, toks, trig.end + 1));  // "सहायता को रोकने"
    // Up to three words back: "cancelled his planned visit" (the possessive is the visit's subject).
    size_t from = trig.begin;
    for (int words = 0; from > 0 && words < 3 && !g_.Is(WordClass::kCoordination, toks, from - 1); --from)
      words += toks[from - 1].word;
    if (Between(toks, from, trig.begin, WordClass::kCancel)) return true;
    if (!pe.nominal) return false;
    for (size_t j = trig.end; j < toks.size() && j < trig.end + 8 && clause[j] == clause[trig.begin]; ++j)
      if (g_.Is(WordClass::kCancel, toks, j)) return true;
    return false;
  }

  // "if India attacked Pakistan", "यदि घाना टोगो पर हमला करे तो ...": a condition is no fact.
  // The condition runs from its word to the clause end, in Hindi only up to the consequence ("तो").
  bool Conditional(const std::vector<Token>& toks, const Trigger& trig, const std::vector<int>& clause) const {
    for (size_t j = trig.begin; j-- > 0 && clause[j] == clause[trig.begin];) {
      if (g_.Is(WordClass::kConsequence, toks, j)) return false;
      if (g_.Is(WordClass::kCondition, toks, j)) return true;
    }
    return false;
  }

  // "Ghana to Sanction Togo", "Togo's President to Visit Ghana": a headline whose opening phrase is
  // followed by "to" and the verb at `verb` announces what the phrase will do. Returns that phrase.
  const Phrase* HeadlineInfinitiveSubject(const std::vector<Token>& toks, size_t verb) const {
    if (doc_.lang == Lang::kEn && verb >= 3 && toks[verb - 1].lower == "be" && toks[verb - 2].lower == "to") --verb;  // "Ghana to Be Sanctioned"
    if (doc_.lang != Lang::kEn || verb < 2 || toks[verb - 1].lower != "to" || !all_phrases_) return nullptr;
    size_t first_word = 0;
    while (first_word < toks.size() && !toks[first_word].word) ++first_word;
    for (const Phrase& p : *all_phrases_)
      if (p.end == verb - 1 && !p.pronoun && !p.place && !p.locates_only) {
        size_t b = p.begin;
        for (const Phrase& q : *all_phrases_)  // over a pair or an office's anchor: "Ghana and Togo to ..."
          if (q.group == p.group && q.begin < b) b = q.begin;
        if (b > 0 && toks[b - 1].possessive) continue;
        return b == first_word || (b == first_word + 1 && g_.Is(WordClass::kDefiniteArticle, toks, first_word)) ? &p : nullptr;
      }
    return nullptr;
  }

  bool FutureAround(const std::vector<Token>& toks, size_t from, size_t trig_begin, size_t trig_end) const {
    if (HeadlineInfinitiveSubject(toks, trig_begin)) return true;
    // The trigger's own words never make it future ("threatened" is not "threatened to").
    auto future_outside = [&](size_t a, size_t b) {
      for (size_t j = a; j < b && j < toks.size(); ++j)
        if ((j < trig_begin || j >= trig_end) && g_.Is(WordClass::kFuture, toks, j)) return true;
      return false;
    };
    // "Ghana said it would guard its waters and urged Togo ...": a future that governs an
    // earlier coordinated verb stops at the "and" or comma before this trigger.
    if (doc_.lang == Lang::kEn)
      for (size_t j = trig_begin; j > from; --j)
        if (g_.Is(WordClass::kCoordination, toks, j - 1) || g_.Is(WordClass::kClauseBreak, toks, j - 1)) {
          from = j;
          break;
        }
    // ... and after it, up to the next verb's "and" ("met Togo and agreed to ..." is no future meeting).
    size_t to = trig_end + 3;
    if (doc_.lang == Lang::kEn)
      for (size_t j = trig_end; j < to && j < toks.size(); ++j)
        if (g_.Is(WordClass::kCoordination, toks, j) || g_.Is(WordClass::kClauseBreak, toks, j)) {
          to = j;
          break;
        }
    if (future_outside(from, to)) return true;
    if (doc_.lang == Lang::kHi) {
      for (size_t j = trig_begin; j < toks.size() && j < trig_end + 3; ++j)
        for (const std::string& suf : g_.future_suffixes)
          if (toks[j].text.size() > suf.size() && toks[j].text.compare(toks[j].text.size() - suf.size(), suf.size(), suf) == 0)
            return true;
    }
    return false;
  }

  // ---- dates ---------------------------------------------------------------------------------

  struct DateMention {
    size_t at;
    Date date;
    bool relative_to_event = false;
  };

  static std::optional<int> NumberToken(const Token& t) {
    std::string digits;
    for (size_t i = 0; i < t.text.size();) {
      unsigned char c = static_cast<unsigned char>(t.text[i]);
      if (c >= '0' && c <= '9') {
        digits += static_cast<char>(c);
        ++i;
      } else if (c == 0xE0 && i + 2 < t.text.size() && static_cast<unsigned char>(t.text[i + 1]) == 0xA5 &&
                 static_cast<unsigned char>(t.text[i + 2]) >= 0xA6 && static_cast<unsigned char>(t.text[i + 2]) <= 0xAF) {
        digits += static_cast<char>('0' + static_cast<unsigned char>(t.text[i + 2]) - 0xA6);  // Devanagari digits
        i += 3;
      } else {
        return std::nullopt;
      }
    }
    if (digits.empty() || digits.size() > 4) return std::nullopt;
    return std::stoi(digits);
  }

  std::vector<DateMention> FindDates(const std::vector<Token>& toks, bool future) const {
    std::vector<DateMention> out;
    const std::optional<Date>& ref = doc_.article_date;
    for (size_t i = 0; i < toks.size(); ++i) {
      size_t e = i;
      if (auto m = g_.months.Match(toks, i)) {
        int month = m->first;
        int day = 0, year = 0;
        if (i > 0) if (auto n = NumberToken(toks[i - 1]); n && *n >= 1 && *n <= 31) day = *n;
        size_t j = m->second;
        if (j < toks.size() && IsPunct(toks[j], ".")) ++j;
        if (!day && j < toks.size()) if (auto n = NumberToken(toks[j]); n && *n >= 1 && *n <= 31) day = *n, ++j;
        if (j < toks.size() && IsPunct(toks[j], ",")) ++j;
        if (j < toks.size()) if (auto n = NumberToken(toks[j]); n && *n >= 1900 && *n <= 2100) year = *n;
        // "may" is also a verb: only a capitalised May with a number, or Hindi मई, is a month.
        if (doc_.lang == Lang::kEn && toks[i].lower == "may" && (!toks[i].capitalized || (!day && !year))) continue;
        if (doc_.lang == Lang::kEn && !toks[i].capitalized) continue;
        if (!year && ref) {
          year = ref->year;
          // A month after the article's month is last year's, unless the event lies ahead.
          if (!future && month > ref->month) --year;
          if (future && month < ref->month) ++year;
        }
        if (!year || !IsValidDate(year, month, day)) continue;
        out.push_back({i, Date{year, month, day}});
        continue;
      }
      if (auto w = g_.weekdays.Match(toks, i); w && ref && ref->full()) {
        int diff = (ref->Weekday() - w->first + 7) % 7;
        out.push_back({i, future ? ref->AddDays((w->first - ref->Weekday() + 7) % 7) : ref->AddDays(-diff)});
        continue;
      }
      if (auto r = g_.relative_days.Match(toks, i); r && ref && ref->full()) {
        out.push_back({i, ref->AddDays(r->first - 1000)});
        continue;
      }
      if (auto r = g_.relative_event_days.Match(toks, i)) {
        std::optional<Date> base = doc_.last_event_date ? doc_.last_event_date : ref;
        if (base && base->full()) out.push_back({i, base->AddDays(r->first - 1000), true});
        continue;
      }
      if (auto n = NumberToken(toks[i]); n && *n >= 1900 && *n <= 2100 && toks[i].text.size() >= 4) {
        // A bare year: "in 2019" / "2019 में".
        bool in_before = i > 0 && (toks[i - 1].lower == "in" || toks[i - 1].lower == "since");
        bool mein_after = i + 1 < toks.size() && (toks[i + 1].key == "में" || toks[i + 1].key == "से");
        if (in_before || mein_after) out.push_back({i, Date{*n, 0, 0}});
      }
      (void)e;
    }
    return out;
  }

  // ---- one sentence ----------------------------------------------------------------------------

  void Emit(int sentence_index, const Sentence& s, const Referent& subj, Relation rel, const std::string& mode,
            const std::string& predicate, const Referent& obj, const Date& date, bool date_from_text,
            Modality modality, const Attribution& attribution, double confidence) {
    if (!subj.valid() || !obj.valid() || subj == obj) return;
    Triple t;
    t.doc = doc_.article->id;
    t.lang = doc_.lang == Lang::kHi ? "hi" : "en";
    t.subject = Ref(subj);
    t.object = Ref(obj);
    if (rel == Relation::kRole && t.subject.type != EntityType::kPerson) return;
    t.relation = rel;
    t.mode = mode;
    t.predicate = predicate;
    t.date = date.ToString();
    t.date_source = date.empty() ? "" : date_from_text ? "text" : "article";
    t.modality = modality;
    for (const Referent& r : attribution.speakers)
      if (!(r == subj)) t.attributed_to.push_back(Ref(r).name);  // "X said X met Y" credits nobody else
    t.sentence = sentence_index;
    t.span = Span{s.begin, s.end};
    t.evidence = s.text;
    t.confidence = confidence;
    triples_.push_back(std::move(t));
  }

  ActorRef Ref(const Referent& r) const {
    ActorRef ref;
    if (r.actor != kNoActor) {
      const ActorEntry& a = lex_.actors()[r.actor];
      ref.id = a.id;
      ref.name = a.name_en;
      ref.name_hi = a.name_hi;
      ref.type = a.type;
    } else {
      ref.id = "new:" + NameKey(r.new_name);
      ref.name = r.new_name;
      ref.name_hi = r.new_name_hi;
      ref.type = EntityType::kPerson;
    }
    return ref;
  }

  void Touch(const Referent& r, double weight) {
    if (!r.valid()) return;
    doc_.salience[r.Key()] += weight;
    doc_.referents[r.Key()] = r;
  }

  // "घाना, टोगो और बेनिन के साथ": a list takes the postposition of its last member.
  static const Phrase& LastInGroup(const std::vector<Phrase>& phrases, const Phrase& member) {
    const Phrase* last = &member;
    for (const Phrase& p : phrases)
      if (p.group == member.group && p.begin > last->begin) last = &p;
    return *last;
  }

  std::vector<Referent> GroupMembers(const std::vector<Token>& toks, const std::vector<Phrase>& phrases, int group) const {
    std::vector<Referent> out;
    size_t members = 0;
    for (const Phrase& p : phrases) members += p.group == group;
    for (const Phrase& p : phrases) {
      if (p.group != group || std::find(out.begin(), out.end(), p.who) != out.end()) continue;
      // "met Abe, Modi and Putin's spokesman Peskov": a possessor inside a list
      // describes the member after it, unless its noun stands for it ("Russia's forces").
      if (members > 1 && doc_.lang == Lang::kEn && p.possessive && !PossessorStandsIn(toks, p)) continue;
      out.push_back(p.who);
    }
    return out;
  }

  // Hindi attack reports name the attacked by who died or was hurt: "X द्वारा किए गए हमले में Y के
  // चार सैनिक मारे गए", "X के हमले में Y के सैनिक मारे गए" (pattern flag `victim`). Y is
  // a person who died (`casualty`), or a country or body whose agents did (`victim_noun`: soldiers,
  // not civilians). "Y के घानाई हमले में मारे जाने": the dead may also stand before, as the
  // genitive of the dying. The attacker is the द्वारा phrase, a genitive right before the event
  // noun, or an actor adjective before it. Both must be named; nothing is guessed.
  struct VictimReading {
    const Phrase* attacker = nullptr;
    const Phrase* victim = nullptr;
  };

  bool Digits(const Token& t) const {
    if (!t.word || t.text.empty()) return false;
    auto b = [&](size_t i) { return static_cast<unsigned char>(t.text[i]); };
    if (std::isdigit(b(0))) return true;
    return t.text.size() >= 3 && b(0) == 0xE0 && b(1) == 0xA5 && b(2) >= 0xA6 && b(2) <= 0xAF;  // ०..९
  }

  // Past counts ("कम से कम 12", "पांच"), and "भी".
  size_t SkipCounts(const std::vector<Token>& toks, size_t j, size_t limit) const {
    while (j < limit) {
      size_t e = j;
      if (Digits(toks[j])) ++j;
      else if (g_.Is(WordClass::kCountWord, toks, j, &e)) j = e;
      else break;
    }
    return j;
  }

  // From just past a victim phrase: [के|की] counts [victim nouns] [की] casualty word. Returns
  // whether the casualty is there; a country or body needs its agents named.
  bool CasualtyFollows(const std::vector<Token>& toks, const Phrase& p, size_t limit, bool counted = false) const {
    size_t j = p.end;
    bool genitive = false;
    if (size_t e = j; g_.Is(WordClass::kGenitive, toks, j, &e)) j = e, genitive = true;
    j = SkipCounts(toks, j, limit);
    // "भारत के 11 सैनिक" (an office word), "पाकिस्तानी सैनिकों" (an alias): the agent noun may close
    // the phrase itself. A counted armed group names its fighters ("20 तालिबान मारे गए").
    bool agents = !IsPerson(lex_, p.who) && g_.Is(WordClass::kVictimNoun, toks, p.end - 1);
    if (counted && p.who.actor != kNoActor && lex_.actors()[p.who.actor].type == EntityType::kArmedGroup) agents = true;
    for (size_t e = j; j < limit && g_.Is(WordClass::kVictimNoun, toks, j, &e);) j = e, agents = true;
    if (agents && j < limit && g_.Is(WordClass::kGenitive, toks, j)) ++j;  // "जवानों की मौत"
    j = SkipCounts(toks, j, limit);
    if (j >= limit || !g_.Is(WordClass::kCasualty, toks, j)) return false;
    if (agents) return !IsPerson(lex_, p.who);
    // A person: "कोफी मेंसा भी मारे गए", "ओसामा की मौत".
    return IsPerson(lex_, p.who) && (!genitive || toks[p.end].key == "की");
  }

  VictimReading Victim(const std::vector<Token>& toks, const Trigger& trig, const std::vector<Phrase>& phrases,
                       const std::vector<int>& clause) const {
    VictimReading v;
    if (trig.end >= toks.size()) return v;
    auto m = g_.markers.Match(toks, trig.end);
    if (!m) return v;
    const std::string& name = g_.marker_names[m->first];
    if (name != "में" && name != "से") return v;
    size_t after = m->second;
    size_t limit = after;
    while (limit < toks.size() && limit < after + 14 && clause[limit] == clause[trig.begin]) ++limit;
    // The attacker, before the event noun.
    for (const Phrase& p : phrases) {
      if (p.pronoun || p.place || p.modifier || p.end > trig.begin || clause[p.begin] != clause[trig.begin]) continue;
      std::string effective = EffectiveHindiMarker(toks, p, trig.begin);
      bool by = effective == "द्वारा" || effective == "के द्वारा";
      // "तालिबान के आत्मघाती हमले", "X के कार बम धमाके": up to two describing words between.
      bool genitive = (p.marker == "का" || p.marker == "के" || p.marker == "की") && p.marker_end <= trig.begin &&
                      p.marker_end + 2 >= trig.begin;
      for (size_t j = p.marker_end; genitive && j < trig.begin; ++j) genitive = toks[j].word && !IsGrammarWord(toks, j);
      bool adjective = p.marker.empty() && p.end == trig.begin;
      if (by || genitive || adjective) v.attacker = &p;
    }
    // The dead after "हमले में": the first phrase, over counts only.
    size_t j = SkipCounts(toks, after, limit);
    for (const Phrase& p : phrases)
      if (p.begin == j && !p.pronoun && (!v.attacker || p.group != v.attacker->group) && CasualtyFollows(toks, p, limit, j > after))
        v.victim = &p;
    if (!v.attacker) return v;  // an attack nobody is named for: its dead wait for a claim
    // "Y के घानाई हमले में मारे जाने": the dying's genitive right before the attacker; "Y भी
    // बोको हराम के हमले में मारे गए": the person who died is the clause's unmarked subject.
    if (!v.victim && after < toks.size() && g_.Is(WordClass::kCasualty, toks, after))
      for (const Phrase& p : phrases) {
        if (p.pronoun || p.group == v.attacker->group || !IsPerson(lex_, p.who) || p.end > v.attacker->begin ||
            clause[p.begin] != clause[trig.begin])
          continue;
        bool genitive = (p.marker == "का" || p.marker == "के" || p.marker == "की") && p.marker_end == v.attacker->begin;
        if (genitive || (p.marker.empty() && !p.modifier)) v.victim = &p;
      }
    if (!v.victim) v.attacker = nullptr;
    return v;
  }

  // Hindi "टोगो पर घाना के हमले", "घानाई सेना की वापसी": an event noun right after a
  // genitive actor is that actor's event even without a light verb — unless the genitive is the
  // pattern's own object marker ("रूस की यात्रा" is a trip to Russia).
  const Phrase* GenitiveDoer(const std::vector<Token>& toks, const PatternEntry& pe, const Trigger& t,
                             const std::vector<Phrase>& phrases) const {
    if (doc_.lang != Lang::kHi) return nullptr;
    for (const std::string& m : pe.object_markers)
      if (m == "का" || m == "के" || m == "की") return nullptr;
    for (const Phrase& p : phrases) {
      if (p.pronoun || p.place) continue;
      // (Over an adjective or two, or a level: "X और Y की अहम बैठक", "की सैन्य स्तर की बैठक".)
      if ((p.marker == "का" || p.marker == "के" || p.marker == "की") &&
          (p.marker_end == t.begin || AdjectivesOnlyBetween(toks, p.marker_end, t.begin) || LevelBetween(toks, p.marker_end, t.begin)))
        return &p;
      // "मोदी की बाइडेन से मुलाकात": the doer's genitive may stand before the event's partner, and
      // an adjective or two before the noun ("घाना का टोगो पर बड़ा आरोप").
      if (p.marker == "का" || p.marker == "के" || p.marker == "की")
        for (const Phrase& partner : phrases)
          if (partner.begin == p.marker_end && AdjectivesOnlyBetween(toks, partner.marker_end, t.begin) &&
              partner.group != p.group && MarkerAllowed(pe, partner.marker))
            return &p;
      // "यूक्रेन पर रूसी हमले": a demonym adjective before the event noun is its doer, like a genitive.
      if (p.marker.empty() && p.end == t.begin && !IsPerson(lex_, p.who) && DemonymForm(toks, p.end - 1)) return &p;
    }
    return nullptr;
  }

  // Hindi: a short run with no verb, participle, verbal noun, event noun or postposition but a
  // genitive or "में" — amounts and kinds ("50 अरब डॉलर की सैन्य", "बड़ी मात्रा में").
  bool VerbFreeGap(const std::vector<Token>& toks, size_t from, size_t to) const {
    if (from > to || to > from + 7) return false;
    for (size_t k = from; k < to; ++k) {
      if (g_.Is(WordClass::kLightVerb, toks, k) || g_.Is(WordClass::kParticiple, toks, k) || VerbalNounAt(toks, k) ||
          g_.triggers.Match(toks, k))
        return false;
      if (g_.markers.Match(toks, k) && !g_.Is(WordClass::kGenitive, toks, k) && !g_.Is(WordClass::kLocative, toks, k))
        return false;
    }
    return true;
  }

  // Up to two plain words — no marker, participle, verb, event noun or word of mere possibility:
  // "टोगो पर बड़ा आरोप".
  bool AdjectivesOnlyBetween(const std::vector<Token>& toks, size_t from, size_t to) const {
    if (from > to || to > from + 2) return false;
    for (size_t k = from; k < to; ++k)
      if (!toks[k].word || g_.markers.Match(toks, k) || g_.Is(WordClass::kParticiple, toks, k) ||
          g_.Is(WordClass::kLightVerb, toks, k) || g_.Is(WordClass::kStop, toks, k) || g_.triggers.Match(toks, k) ||
          g_.Is(WordClass::kHypotheticalAdjective, toks, k))  // "टोगो पर संभावित हमला" is none made
        return false;
    return true;
  }

  // An adjective or two, a level noun and its genitive: "सैन्य स्तर की", "दूसरे दौर की".
  bool LevelBetween(const std::vector<Token>& toks, size_t from, size_t to) const {
    return to >= from + 2 && to <= from + 4 && g_.Is(WordClass::kGenitive, toks, to - 1) &&
           g_.Is(WordClass::kLevelNoun, toks, to - 2) && AdjectivesOnlyBetween(toks, from, to - 2);
  }

  // A Hindi adjective of a place ("रूसी", "भारतीय"): the demonym endings of grammar's demonym_plural.
  bool DemonymForm(const std::vector<Token>& toks, size_t i) const {
    std::string_view w = toks[i].key;
    for (const auto& [suffix, plural] : g_.demonym_plurals)
      if (w.size() > suffix.size() && w.substr(w.size() - suffix.size()) == suffix) return true;
    return false;
  }

  // "Putin arrived in Moscow": going to the state one holds office in (stated in the phrase or
  // recorded in the lexicon, at any date) is coming home, not a visit to it.
  bool HomeState(const Referent& who, const std::vector<Phrase>& phrases, int group, const Referent& place) const {
    if (place.actor == kNoActor) return false;
    for (const Phrase& p : phrases)
      if (p.group == group && p.who == who && p.anchor == place) return true;
    if (who.actor == kNoActor || !IsPerson(lex_, who)) return false;
    for (const RoleEntry& r : lex_.RolesOf(who.actor))
      if (r.org == place.actor) return true;
    return false;
  }

  // Who can accuse by reporting an attack: a state, body or known person, or someone the text gives a
  // real office — not a news agency, nor a police officer or spokesman reporting an incident.
  bool Accuser(const Referent& speaker) const {
    if (speaker.actor != kNoActor) return lex_.actors()[speaker.actor].type != EntityType::kMedia;
    auto given = doc_.titles_given.find(speaker.Key());
    if (given == doc_.titles_given.end()) return false;
    for (int title : given->second)
      if (lex_.title_list()[title].kind != "minor") return true;
    return false;
  }

  // "..., said General X, head of the coalition fighting IS": what follows a speaker named after
  // "said" describes the speaker; the report is what came before.
  bool AfterClosingSpeaker(const std::vector<Token>& toks, const std::vector<Phrase>& phrases, const Referent& speaker,
                           const Trigger& trig) const {
    if (doc_.lang != Lang::kEn) return false;
    for (const Phrase& p : phrases)
      if (p.who == speaker && p.end <= trig.begin && p.begin > 1 && g_.Is(WordClass::kSpeech, toks, p.begin - 1) &&
          !toks[p.begin - 2].word)
        return true;
    return false;
  }

  // "Indian forces struck camps, Defence Minister X said": a speaker who is the attacker, holds an
  // office in it (in the text or the lexicon) or is its state, speaks for it and accuses no one.
  bool SameSide(const Referent& speaker, const Referent& actor, const std::vector<Phrase>& phrases) const {
    if (speaker == actor) return true;
    for (const Phrase& p : phrases)
      if ((p.who == speaker && p.anchor == actor) || (p.who == actor && p.anchor == speaker)) return true;
    for (const RoleEntry& r : lex_.RolesOf(speaker.actor))
      if (r.org == actor.actor) return true;
    for (const RoleEntry& r : lex_.RolesOf(actor.actor))
      if (r.org == speaker.actor) return true;
    return false;
  }

  // "Russia's forces", "China's embassy", "Ghana's large army": a country's or body's
  // agent noun (after at most two adjectives) stands for it.
  bool PossessorStandsIn(const std::vector<Token>& toks, const Phrase& p) const {
    if (p.pronoun || IsPerson(lex_, p.who)) return false;
    for (size_t j = p.end; j < toks.size() && j < p.end + 4; ++j) {
      // (Not an office before its holder's name: "Ghana's acting leader Kofi Mensah".)
      if (size_t e = j; g_.Is(WordClass::kAgentNoun, toks, j, &e)) {
        // ("Houthi rebels" are the Houthis; "Togolese rebels" are not Togo's state.)
        if (p.who.actor != kNoActor && lex_.actors()[p.who.actor].type == EntityType::kCountry &&
            (g_.Is(WordClass::kRebelNoun, toks, j) || g_.Is(WordClass::kNonStateNoun, toks, j)))
          return false;
        return j == p.end || e >= toks.size() || !toks[e].capitalized;
      }
      // ("Pakistan's civilian and military leaders")
      bool joins_modifiers = j > p.end && toks[j].word && g_.Is(WordClass::kCoordination, toks, j);
      if (doc_.lang != Lang::kEn || !(g_.Is(WordClass::kOfficeModifier, toks, j) || joins_modifiers)) return false;  // not "opposition leaders"
    }
    return false;
  }

  // "praised Xi's pledge", "criticised Russia's energy policy": what an actor said or decided
  // stands for the actor when it is praised, criticised or refused.
  bool StatementOfPossessor(const std::vector<Token>& toks, const PatternEntry& pe, const Phrase& p) const {
    if (p.pronoun) return false;
    if (JudgesStatement(pe.relation) && StatementAfter(toks, p)) return true;
    // "froze Mensah's assets", "seized Togo's property": what is seized or frozen is its owner's.
    if (pe.relation == Relation::kCoerce || pe.relation == Relation::kSanction)
      for (size_t j = p.end; j < toks.size() && j < p.end + 3; ++j) {
        if (g_.Is(WordClass::kAssetNoun, toks, j)) return true;
        if (!toks[j].word || toks[j].capitalized || IsGrammarWord(toks, j)) return false;
      }
    return false;
  }

  // A statement noun within a few lower-case words after a phrase ("Russia's energy policy").
  bool StatementAfter(const std::vector<Token>& toks, const Phrase& p) const {
    for (size_t j = p.end; j < toks.size() && j < p.end + 3; ++j) {
      if (g_.Is(WordClass::kStatementNoun, toks, j)) return true;
      if (!toks[j].word || toks[j].capitalized || IsGrammarWord(toks, j)) return false;
    }
    return false;
  }

  // "घाना की चौकी पर हुए हमले के लिए टोगो को दोषी ठहराया": a phrase whose marker is followed by a participle
  // and another event noun is that event's argument, not the later trigger's — also when the
  // event's day stands between, or the actor's own nouns ("टोगो के दूतावास पर शुक्रवार को हुई गोलीबारी के
  // सिलसिले में ... पकड़ा").
  bool ArgumentOfParticipleEvent(const std::vector<Token>& toks, const Phrase& p, const Trigger& trig) const {
    if (p.marker.empty() || p.marker_end >= trig.begin) return false;
    size_t e = p.marker_end;
    // ("टोगो के दूतावास पर हुए धमाके": over the nouns that stand for the actor and their postposition.)
    if (g_.Is(WordClass::kGenitive, toks, p.marker_end - 1)) {
      size_t nouns = e;
      for (size_t n = nouns; nouns < trig.begin && g_.Is(WordClass::kAgentNoun, toks, nouns, &n) && n > nouns;) nouns = n;
      if (auto m = nouns > e ? g_.markers.Match(toks, nouns) : std::nullopt; m && m->second < trig.begin) e = m->second;
    }
    if (auto day = g_.weekdays.Match(toks, e); day && day->second < trig.begin && g_.markers.Match(toks, day->second))
      e = g_.markers.Match(toks, day->second)->second;
    if (!g_.Is(WordClass::kParticiple, toks, e, &e) || e >= trig.begin) return false;
    return g_.triggers.Match(toks, e).has_value();
  }

  // "अक्रा से निकाले गए राजनयिक ... की वापसी": a passive participle between a phrase and a later
  // trigger closes the verb the phrase belongs to. One up to two words before the trigger is the
  // trigger's own ("दूतावास पर किए गए हमले", "चौकी पर किए गए उस हमले").
  bool PassiveParticipleBetween(const std::vector<Token>& toks, size_t from, size_t to) const {
    for (size_t j = from; j < to && j < toks.size(); ++j)
      if (size_t e = j; g_.Is(WordClass::kPassiveParticiple, toks, j, &e) && e + 2 < to) return true;
    return false;
  }

  // "धमाके की जिम्मेदारी ली", or with the claimant between: "की जिम्मेदारी बोको हराम ने ली".
  bool ClaimedAfter(const std::vector<Token>& toks, size_t at) const {
    if (g_.Is(WordClass::kResponsibility, toks, at)) return true;
    size_t e = at;
    if (!g_.Is(WordClass::kClaimNoun, toks, at, &e)) return false;
    // (Not "... की जिम्मेदारी किसी गुट ने नहीं ली".)
    for (size_t j = e; j < toks.size() && j < e + 6 && toks[j].word; ++j)
      if (g_.Is(WordClass::kAgentMarker, toks, j)) return !Between(toks, e, std::min(toks.size(), j + 4), WordClass::kNegation);
    return false;
  }

  bool NonStateAfter(const std::vector<Token>& toks, const Phrase& p, WordClass nouns = WordClass::kNonStateNoun) const {
    if (p.pronoun || p.who.actor == kNoActor || lex_.actors()[p.who.actor].type != EntityType::kCountry) return false;
    size_t j = p.end;
    if (g_.Is(WordClass::kGenitive, toks, j)) j = SkipCounts(toks, j + 1, std::min(toks.size(), j + 6));
    return g_.Is(nouns, toks, j);
  }

  // "to Togo", "in the Togolese capital": a phrase that says where (markers are attached only after
  // all phrases are built).
  bool AfterPlacePreposition(const std::vector<Token>& toks, size_t begin) const {
    size_t j = begin;
    if (j > 0 && g_.Is(WordClass::kArticle, toks, j - 1)) --j;
    return j > 0 && (g_.Is(WordClass::kLocative, toks, j - 1) || g_.Is(WordClass::kDirection, toks, j - 1));
  }

  // "Togolese farmers", "Togo's opposition leaders": people of a country who are not its state, within
  // two words after an English phrase (NonStateAfter reads Hindi's "X के N नागरिक" the same way).
  bool NonStateNear(const std::vector<Token>& toks, const Phrase& p) const {
    for (size_t j = p.end; j < toks.size() && j < p.end + 2; ++j)
      if (g_.Is(WordClass::kNonStateNoun, toks, j)) return true;
    return false;
  }

  // A past participle, or one that ends in its "by" ("armed by": a trigger that is no verb
  // without it, as "armed forces" shows).
  bool Participle(const std::vector<Token>& toks, size_t last) const {
    if (toks[last].lower == "by" && last > 0) --last;
    return EndsWith(toks[last], "ed") && !(toks[last].capitalized && last > 0);  // not "Ahmed"
  }

  // Where a list of participles ending at `at` begins ("backed, funded and trained"), and
  // where one beginning at `end` ends: each participle shares the list's "by".
  size_t ParticipleListBegin(const std::vector<Token>& toks, size_t at) const {
    while (at >= 2 && (g_.Is(WordClass::kCoordination, toks, at - 1) || IsPunct(toks[at - 1], ",")) && toks[at - 2].word &&
           Participle(toks, at - 2))
      at -= 2;
    return at;
  }
  size_t ParticipleListEnd(const std::vector<Token>& toks, size_t end) const {
    while (end + 1 < toks.size() && (g_.Is(WordClass::kCoordination, toks, end) || IsPunct(toks[end], ",")) &&
           toks[end + 1].word && Participle(toks, end + 1))
      end += 2;
    return end;
  }

  // The token after the nouns that stand for an English phrase's actor ("Togolese forces", "Ghana's
  // army and navy" stop before "and").
  size_t PastAgentNouns(const std::vector<Token>& toks, size_t at) const {
    for (size_t e = at; at < toks.size() && g_.Is(WordClass::kAgentNoun, toks, at, &e) && e > at;) at = e;
    return at;
  }
  // ...and only nouns that stand for the state: "Togolese rebels" are not Togo.
  size_t PastStateNouns(const std::vector<Token>& toks, size_t at) const {
    size_t end = PastAgentNouns(toks, at);
    for (size_t t = at; t < end; ++t)
      if (g_.Is(WordClass::kNonStateNoun, toks, t)) return at;
    return end;
  }

  // "The bombing was blamed on Togo by Ghana": a verb whose object always takes its preposition
  // keeps it in the passive, so the one blamed follows the verb; what stands before it was blamed.
  const Phrase* PrepositionalObjectAfter(const PatternEntry& pe, const std::vector<const Phrase*>& after,
                                         const Phrase* agent) const {
    if (MarkerAllowed(pe, "")) return nullptr;
    for (const Phrase* p : after)
      if (p != agent && (agent->group < 0 || p->group != agent->group) && !p->marker.empty() && MarkerAllowed(pe, p->marker)) return p;
    return nullptr;
  }

  // "blamed by both the Ghanaians and ...": only articles and quantifiers between "by" and its phrase.
  bool DeterminersOnlyBetween(const std::vector<Token>& toks, size_t from, size_t to) const {
    if (to <= from || to > from + 3) return false;
    for (size_t j = from; j < to; ++j)
      if (!g_.Is(WordClass::kArticle, toks, j) && !g_.Is(WordClass::kQuantifier, toks, j)) return false;
    return true;
  }

  bool MarkerAllowed(const PatternEntry& pe, const std::string& marker) const {
    for (const std::string& m : pe.object_markers)
      if ((m == "-" && marker.empty()) || m == marker) return true;
    return false;
  }

  // Hindi: the marker that decides a genitive phrase's role is the one after the noun it
  // modifies: "रूस के युद्ध प्रयासों के प्रति" marks Russia with "के प्रति".
  std::string EffectiveHindiMarker(const std::vector<Token>& toks, const Phrase& p, size_t trigger_begin) const {
    if (p.marker.empty() && !p.pronoun) {
      // "यूक्रेन युद्ध पर", "कश्मीर मुद्दे पर": a bare actor before a topic noun names the topic
      // (a compound), and is neither the doer nor the one done to.
      if (g_.Is(WordClass::kTopicNoun, toks, p.end) && !g_.triggers.Match(toks, p.end)) return "topic";
      // An adjective actor takes the marker of the event or force it qualifies: "अमेरिकी हमले
      // की निंदा" marks the U.S. (but not "ब्रिक्स शिखर सम्मेलन से इतर").
      // The parties of a deal or talks are not what is said of it: "अमरीका-रूस समझौते का स्वागत"
      // welcomes the deal, not the two states.
      for (size_t j = p.end; j < trigger_begin && j < p.end + 3; ++j) {
        if (auto m = g_.markers.Match(toks, j); m && j > p.end) return g_.marker_names[m->first];
        auto event = g_.triggers.Match(toks, j);
        if (event && g_.patterns[event->first].symmetric_pairs) break;
        if (!event && !g_.Is(WordClass::kAgentNoun, toks, j)) break;
      }
      return p.marker;
    }
    if (!(p.marker == "का" || p.marker == "के" || p.marker == "की")) return p.marker;
    // "पीटीआई के अनुसार": a source, not a genitive of anything later in the clause.
    if (g_.Is(WordClass::kAccordingTo, toks, p.end)) return "according_to";
    // "टोगो की हर संभव मदद करेंगे": words of degree between the genitive and its event noun.
    size_t at = p.marker_end;
    for (size_t e = at; at < trigger_begin && g_.Is(WordClass::kIntensifier, toks, at, &e);) at = e;
    if (at == trigger_begin) return p.marker;
    // "उसकी पत्नी से मिले", "मोदी के बेटे से": a possessor's kin or aides are someone else, not
    // it; the genitive stays a genitive (`kin_noun`).
    if (g_.Is(WordClass::kKinNoun, toks, p.marker_end)) return "genitive";
    for (size_t j = p.marker_end; j < trigger_begin && j < p.marker_end + 5; ++j) {
      if (!toks[j].word) return p.marker;
      if (auto m = g_.markers.Match(toks, j)) {
        std::string name = g_.marker_names[m->first];
        if (name == "का" || name == "के" || name == "की") {
          if (m->second == trigger_begin) return name;
          continue;
        }
        return name;
      }
    }
    return "genitive";
  }

  // English subject: walk back from the verb over auxiliaries and adverbs to the noun phrase
  // before it. The phrase is the subject when it ends the noun phrase ("China has said"), or when
  // it modifies a noun that stands for it ("Israeli air strikes", "Russian troops"); anything
  // else ("Militants", "three UN hostages", "they") leaves the event without a known subject.
  // "आबे बने प्रधानमंत्री", "Mensah was sworn in as president": a person becoming an
  // office holds it in the one country the sentence names.
  void EmitBecameRoles(int index, const Sentence& s, const std::vector<Phrase>& phrases,
                       const std::vector<Mention>& mentions) {
    const std::vector<Token>& toks = s.tokens;
    std::set<int> countries;
    for (const Phrase& p : phrases)
      if (p.who.actor != kNoActor && lex_.actors()[p.who.actor].type == EntityType::kCountry) countries.insert(p.who.actor);
    if (countries.size() != 1) return;
    for (const Phrase& p : phrases) {
      if (p.pronoun || !IsPerson(lex_, p.who) || p.title >= 0) continue;
      size_t e = p.end;
      // "शिंजो आबे फिर बने ...": one adverb may stand before the Hindi verb.
      size_t again_end = p.end;
      bool adverb_first = doc_.lang == Lang::kHi && g_.Is(WordClass::kAgain, toks, p.end, &again_end) &&
                          g_.Is(WordClass::kBecome, toks, again_end, &e);
      if (!adverb_first && !g_.Is(WordClass::kBecome, toks, p.end, &e)) continue;
      // The office may follow a few words on: "was named on Monday as Ghana's new foreign
      // minister" (not past a comma, a person or a "by" naming who appointed).
      size_t office_at = toks.size();
      for (const Mention& m : mentions) {
        if (m.begin < e) continue;
        if (m.kind == MentionKind::kTitle) office_at = m.begin;
        if (m.kind == MentionKind::kTitle || m.begin >= e + 7 || IsPerson(lex_, Referent{m.actor})) break;
      }
      for (size_t j = e; j < office_at && office_at < toks.size(); ++j)
        if (IsPunct(toks[j], ",") || IsPunct(toks[j], ".") || g_.Is(WordClass::kPassiveAgent, toks, j)) office_at = toks.size();
      if (office_at >= e + 7) continue;
      for (const Mention& m : mentions) {
        if (m.kind != MentionKind::kTitle || m.begin != office_at || lex_.title_list()[m.title].kind == "minor") continue;
        // "मैक्रों होंगे घाना के मेहमान", "X बने प्रधानमंत्री पद के उम्मीदवार": the office is
        // only part of what the person becomes.
        if (doc_.lang == Lang::kHi && m.end < toks.size() && (g_.markers.Match(toks, m.end) || g_.Is(WordClass::kOfficeCompound, toks, m.end)))
          continue;
        // The lexicon's record of the person's offices overrules a country that is only nearby.
        bool known_elsewhere = false, known_here = false;
        for (const RoleEntry& r : lex_.RolesOf(p.who.actor))
          if (r.title == m.title) (r.org == *countries.begin() ? known_here : known_elsewhere) = true;
        if (known_elsewhere && !known_here) continue;
        Emit(index, s, p.who, Relation::kRole, "", lex_.title_list()[m.title].label_en, Referent{*countries.begin()}, Date{},
             false, Modality::kAsserted, Attribution{}, 0.7);
      }
    }
  }

  // "Kojo Addo is the foreign minister of Ghana", "अडो जैश-ए-मोहम्मद का नेता है": an office
  // stated of a person as the predicate of "is"/"है" (not of "is not": the word before must be the
  // verb). The person is the bare phrase right before the verb in English; in Hindi the last
  // person named bare in the clause before the office.
  void EmitPredicateRoles(int index, const Sentence& s, const std::vector<Phrase>& phrases, const std::vector<int>& clause) {
    const std::vector<Token>& toks = s.tokens;
    const bool hindi = doc_.lang == Lang::kHi;
    for (const Phrase& office : phrases) {
      if (office.title < 0 || !office.anchor.valid() || office.person_named || office.office_resolved ||
          lex_.title_list()[office.title].kind == "minor")
        continue;
      const Phrase* holder = nullptr;
      if (hindi) {
        size_t verb = std::max(office.end, office.marker_end);
        if (verb >= toks.size() || !g_.Is(WordClass::kCopula, toks, verb)) continue;
        for (const Phrase& p : phrases) {
          if (p.end > office.begin || clause[p.begin] != clause[office.begin] || office.begin > p.end + 6) continue;
          bool untitled = p.title < 0 || lex_.title_list()[p.title].kind == "minor";  // "आतंकवादी कोजो अडो"
          if (IsPerson(lex_, p.who) && !p.pronoun && p.marker.empty() && untitled) holder = &p;
          else if (!p.marker.empty()) holder = nullptr;  // "X ने Y के नेता से कहा": not X's office
        }
      } else {
        size_t at = office.begin;
        if (at > 0 && g_.Is(WordClass::kDefiniteArticle, toks, at - 1)) --at;
        if (at < 2 || !g_.Is(WordClass::kBe, toks, at - 1)) continue;
        for (const Phrase& p : phrases)
          if (p.end == at - 1 && IsPerson(lex_, p.who) && !p.pronoun && p.marker.empty() && !p.possessive) holder = &p;
      }
      if (!holder || holder->who == office.anchor) continue;
      Emit(index, s, holder->who, Relation::kRole, "", lex_.title_list()[office.title].label_en, office.anchor, Date{}, false,
           Modality::kAsserted, Attribution{}, 0.7);
    }
  }

  // "Ghana's foreign minister X is now in Nairobi", "X इन दिनों नैरोबी में हैं": a person
  // stated to be in another country is visiting it. Only for someone whose own country the text or
  // the lexicon gives, and a place of another country.
  void EmitPresenceVisits(int index, const Sentence& s, const std::vector<Phrase>& phrases) {
    const std::vector<Token>& toks = s.tokens;
    const bool hindi = doc_.lang == Lang::kHi;
    for (size_t k = 0; k + 1 < phrases.size(); ++k) {
      const Phrase& person = phrases[k];
      const Phrase& place = phrases[k + 1];
      if (person.pronoun || person.possessive || !person.marker.empty() || !IsPerson(lex_, person.who) ||
          !place.locative || place.who.actor == kNoActor || lex_.actors()[place.who.actor].type != EntityType::kCountry)
        continue;
      // Not an envoy at their post, and not someone named inside another's clause ("diplomats who met
      // X are now in ...": the word before X is a verb of that clause).
      if (person.title >= 0 && lex_.title_list()[person.title].posted) continue;
      if (person.begin > 0 && toks[person.begin - 1].word && !toks[person.begin - 1].capitalized &&
          !g_.Is(WordClass::kCoordination, toks, person.begin - 1) && !g_.Is(WordClass::kClauseBreak, toks, person.begin - 1))
        continue;
      // "in Israeli custody": a demonym before a noun is no place ("in India visiting ..." is).
      if (place.end < toks.size() && toks[place.end].word && !toks[place.end].capitalized && !hindi &&
          !EndsWith(toks[place.end], "ing") &&
          !g_.Is(WordClass::kCoordination, toks, place.end) && !g_.Is(WordClass::kPreposition, toks, place.end) &&
          !g_.Is(WordClass::kClauseBreak, toks, place.end))
        continue;
      if (hindi) {
        // "X दमिश्क में हैं": the place right after the person (or after an adverb of time), then the copula.
        size_t verb = std::max(place.end, place.marker_end);
        if (verb >= toks.size() || !g_.Is(WordClass::kCopula, toks, verb) || g_.Is(WordClass::kPerfect, toks, verb)) continue;
        size_t gap = person.end;
        for (size_t e = gap; gap < place.begin && g_.Is(WordClass::kPresenceAdverb, toks, gap, &e);) gap = e;
        if (gap != place.begin) continue;
      } else {
        // "X is (now) in Nairobi".
        size_t at = person.end, e = at;
        if (!g_.Is(WordClass::kBe, toks, at, &e) || g_.Is(WordClass::kFuture, toks, at)) continue;  // not "will be"
        at = e;
        for (e = at; at < place.begin && g_.Is(WordClass::kPresenceAdverb, toks, at, &e);) at = e;
        if (at + 1 != place.begin || toks[at].lower != place.marker) continue;
      }
      Referent home = person.anchor;
      if (!home.valid() && person.who.actor != kNoActor) {
        std::set<int> countries;
        for (const RoleEntry& r : lex_.RolesOf(person.who.actor))
          if (lex_.actors()[r.org].type == EntityType::kCountry &&
              (!doc_.article_date || RoleHeld(r, doc_.article_date)))
            countries.insert(r.org);
        if (countries.size() == 1) home = Referent{*countries.begin()};
      }
      if (home.actor == kNoActor || home == place.who || lex_.actors()[home.actor].type != EntityType::kCountry) continue;
      std::vector<DateMention> dates = FindDates(toks, false);
      Date date = dates.empty() ? doc_.article_date.value_or(Date{}) : dates.front().date;
      Emit(index, s, person.who, Relation::kConsult, "visit", "visited", place.who, date, !dates.empty(), Modality::kAsserted,
           Attribution{}, 0.6);
    }
  }

  // English: the phrase that died or was hurt "in a Ghanaian air raid" (the doer phrase given):
  // the nearest unmarked actor before the verb, a few words back in its clause, unless it names
  // people who are not the state ("two Togolese farmers died in ...", "Boko Haram fighters").
  const Phrase* CasualtyOfAttack(const std::vector<Token>& toks, const std::vector<const Phrase*>& before, const Phrase& doer) const {
    size_t j = doer.begin;
    while (j > 0 && g_.Is(WordClass::kArticle, toks, j - 1)) --j;
    if (j < 2 || toks[j - 1].lower != "in" || !g_.Is(WordClass::kCasualty, toks, j - 2)) return nullptr;
    size_t verb = j - 2;
    for (auto it = before.rbegin(); it != before.rend(); ++it) {
      const Phrase* p = *it;
      if (p->end > verb || p == &doer) continue;
      if (!p->marker.empty() || p->locative || p->place || verb > p->end + 3) return nullptr;
      for (size_t k = p->end; k < verb; ++k)
        if (!toks[k].word || g_.Is(WordClass::kSpeech, toks, k) || g_.Is(WordClass::kClauseBreak, toks, k) ||
            g_.Is(WordClass::kNonStateNoun, toks, k))
          return nullptr;
      return p;
    }
    return nullptr;
  }

  // "घाना ने चौकी पर गोले दागे, लेकिन टोगो ने बताया कि ...": a speaker named only after
  // a contrast that follows the event speaks against it, not of it — unless the speaker only
  // closes the sentence ("Russia struck Kyiv, but no one was hurt, Ukraine said").
  bool SpeakerContrasted(const std::vector<Token>& toks, const std::vector<Phrase>& phrases, const Referent& speaker,
                         const Trigger& trig, const Phrase* attacked) const {
    size_t contrast = trig.end;
    while (contrast < toks.size() && !g_.Is(WordClass::kContrast, toks, contrast)) ++contrast;
    if (contrast >= toks.size()) return false;
    for (const Phrase& p : phrases) {
      if (!(p.who == speaker) || (attacked && p.group == attacked->group)) continue;
      if (p.begin < contrast) return false;
      size_t after = std::max(p.end, p.marker_end), e = after;
      bool closing = after < toks.size() && g_.Is(WordClass::kSpeech, toks, after, &e) &&
                     (e >= toks.size() || !toks[e].word);
      if (closing) return false;
    }
    return true;
  }

  // English: the first phrase of a list opened by ", including" a few words after `object`.
  const Phrase* IncludedAfter(const std::vector<Token>& toks, const std::vector<Phrase>& phrases, const Phrase& object) const {
    size_t end = std::max(object.end, object.marker_end);
    for (size_t j = end; j < toks.size() && j < end + 6; ++j) {
      if (IsPunct(toks[j], ".") || IsPunct(toks[j], ";") || g_.Is(WordClass::kClauseBreak, toks, j)) return nullptr;
      if (toks[j].lower != "including" || !IsPunct(toks[j - 1], ",")) continue;
      for (const Phrase& p : phrases)
        if (p.begin > j && p.begin <= j + 4 && p.group != object.group && !p.pronoun && !p.place && !p.locative &&
            (p.marker.empty() || p.marker == "including"))
          return &p;
      return nullptr;
    }
    return nullptr;
  }

  // Hindi postpositions that mark the doer: ने (also "ने भी") and the passive's द्वारा.
  static bool IsHindiAgentMarker(const std::string& marker) {
    return marker == "ने" || marker == "द्वारा" || marker == "के द्वारा";
  }

  // "निंदा करते हुए", "जिम्मेदार ठहराते हुए": the end of an adverbial participle right after the
  // trigger, or kNone.
  size_t AdverbialParticipleEnd(const std::vector<Token>& toks, const Trigger& t) const {
    for (size_t j = t.end; j < toks.size() && j < t.end + 3; ++j) {
      if (size_t e = j; g_.Is(WordClass::kAdverbialParticiple, toks, j, &e) && j > 0 && EndsWith(toks[j - 1], "ते")) return e;
      if (!toks[j].word) break;
    }
    return kNone;
  }

  // "अकरा में बम फटा ... बोको हराम ने जिम्मेदारी स्वीकार की": an attack with no doer and no
  // victim named is on the state it happened in, for whoever claims it later.
  void RememberAttackedState(const std::vector<Token>& toks, const std::vector<Phrase>& phrases, const std::vector<int>& clause) {
    // Most sentences name no country as a place: nothing to remember, and no trigger to look up again.
    bool country_place = false;
    for (const Phrase& p : phrases)
      country_place = country_place || (p.locative && p.who.actor != kNoActor && lex_.actors()[p.who.actor].type == EntityType::kCountry);
    if (!country_place) return;
    for (size_t i = 0; i < toks.size(); ++i)
      for (auto [pattern, end] : g_.triggers.MatchAll(toks, i)) {
        const PatternEntry& pe = g_.patterns[pattern];
        Trigger t{i, end, pattern};
        if (!pe.victim || pe.relation != Relation::kAssault || ClaimedAfter(toks, end)) continue;
        // Not an attack denied or feared ("हमले की आशंका"), nor one whose doer the sentence names.
        if (Between(toks, i > 3 ? i - 3 : 0, std::min(toks.size(), end + 3), WordClass::kNegation) ||
            Between(toks, end, std::min(toks.size(), end + 3), WordClass::kProspective) || GenitiveDoer(toks, pe, t, phrases))
          continue;
        bool agent = false;  // any ने in the clause, named actor or not ("एक गुट ने धमाका किया")
        for (size_t j = 0; j < toks.size(); ++j) agent = agent || (clause[j] == clause[i] && toks[j].key == "ने");
        for (const Phrase& p : phrases)
          agent = agent || (clause[p.begin] == clause[i] && IsHindiAgentMarker(p.marker));
        if (agent || Victim(toks, t, phrases, clause).victim) continue;
        if (Referent where = CountryAttackedIn(phrases, clause, t); where.valid()) doc_.unclaimed_victim = where;
      }
  }

  // The doer of the "that"/"कि" clause a few words after an accusation: its first unmarked
  // (English) or ने-marked / unmarked (Hindi) actor.
  const Phrase* AccusedInClause(const std::vector<Token>& toks, const Trigger& trig, const Phrase& subject) const {
    const bool hindi = doc_.lang == Lang::kHi;
    for (size_t j = trig.end; j < toks.size() && j < trig.end + 6; ++j) {
      if (toks[j].key != (hindi ? "कि" : "that")) continue;
      for (const Phrase& p : *all_phrases_) {
        if (p.begin <= j || p.begin > j + 3 || p.group == subject.group || p.pronoun || p.locative) continue;
        if (hindi ? (p.marker == "ने" || p.marker.empty()) : (p.marker.empty() || p.possessive)) return &p;
      }
      return nullptr;
    }
    return nullptr;
  }

  // The subject of a warning verb whose "that" clause `subject` opens ("warned (that) he would ...").
  // Hindi: "रूस ने चेतावनी दी कि वह ... हमला करेगा", the ने-phrase before the warning.
  const Phrase* WarnerOf(const std::vector<Token>& toks, const Phrase& subject) const {
    const bool hindi = doc_.lang == Lang::kHi;
    size_t at = subject.begin;
    if (at > 0 && toks[at - 1].key == (hindi ? "कि" : "that")) --at;
    // The warning verb may have been read as a verb of saying, so it is looked up, not taken from
    // the sentence's triggers.
    for (size_t k = at >= 3 ? at - 3 : 0; k < at; ++k)
      for (auto [pattern, end] : g_.triggers.MatchAll(toks, k)) {
        if (g_.patterns[pattern].relation != Relation::kThreaten || (!hindi && g_.patterns[pattern].nominal)) continue;
        size_t verb_end = end;
        if (hindi) g_.Is(WordClass::kLightVerb, toks, end, &verb_end);  // "चेतावनी दी"
        if (verb_end != at) continue;
        const Phrase* warner = nullptr;
        if (hindi) {
          for (const Phrase& p : *all_phrases_)
            if (p.end <= k && p.marker == "ने") warner = &p;
        } else {
          std::vector<const Phrase*> before_warning;  // the trigger's own phrases are its clause's only
          for (const Phrase& p : *all_phrases_)
            if (p.end <= k) before_warning.push_back(&p);
          warner = EnglishSubject(toks, before_warning, k);
        }
        return warner && warner->who.valid() ? warner : nullptr;
      }
    return nullptr;
  }

  // Hindi "Z के दूत Y से मुलाकात के दौरान कहा": the phrases naming the partner of a meeting that
  // dates another event ([begin, end) of tokens; empty when there is none). A genitive before the
  // partner ("Z के दूत") is part of it.
  std::pair<size_t, size_t> MeetingPartnerBefore(const std::vector<Token>& toks, const Trigger& trig,
                                                 const std::vector<const Phrase*>& before) const {
    for (auto it = before.rbegin(); it != before.rend(); ++it) {
      const Phrase* partner = *it;
      size_t noun = partner->marker_end;
      auto meeting = noun < trig.begin ? g_.triggers.Match(toks, noun) : std::nullopt;
      if (!meeting || !MeetingAdjunctHi(toks, Trigger{noun, meeting->second, meeting->first})) continue;
      size_t begin = partner->begin;
      for (auto g = std::next(it); g != before.rend(); ++g)
        if (g_.Is(WordClass::kGenitive, toks, (*g)->end) && (*g)->marker_end + 3 >= begin) begin = (*g)->begin;
        else break;
      return {begin, noun};
    }
    return {0, 0};
  }

  // Hindi "X से मुलाकात के बाद", "X के साथ बातचीत के दौरान": a meeting as a time adjunct.
  bool MeetingAdjunctHi(const std::vector<Token>& toks, const Trigger& t) const {
    if (g_.patterns[t.pattern].relation != Relation::kConsult || !g_.patterns[t.pattern].mode.empty() || t.begin == 0)
      return false;
    // ...with one partner ("X से", "X के साथ"), not a meeting between others ("X और Y के बीच").
    bool partner = toks[t.begin - 1].key == "से" || toks[t.begin - 1].key == "साथ";
    return partner && g_.Is(WordClass::kMeetingAdjunct, toks, t.end);
  }

  // The reciprocal where the object stands: right after an English verb ("accused each other",
  // "attacked one another's positions"), between a Hindi subject and its verb ("एक-दूसरे पर").
  bool ReciprocalObject(const std::vector<Token>& toks, const Phrase& subject, const Trigger& trig) const {
    if (doc_.lang == Lang::kHi) {
      // Only with one of the trigger's own object markers after it: "एक-दूसरे पर आरोप", not "एक-दूसरे
      // के देश में हुए हमलों की निंदा" or "एक-दूसरे के साथ मिलकर ... निंदा".
      for (size_t j = subject.end; j < trig.begin; ++j)
        if (size_t e = j; g_.Is(WordClass::kReciprocal, toks, j, &e))
          if (auto m = g_.markers.Match(toks, e); m && MarkerAllowed(g_.patterns[trig.pattern], g_.marker_names[m->first]))
            return true;
      return false;
    }
    size_t j = trig.end;
    if (j < toks.size() && g_.Is(WordClass::kPreposition, toks, j)) ++j;  // "fired on each other"
    return g_.Is(WordClass::kReciprocal, toks, j);
  }

  // Hindi verbal nouns: "करने", "लगाने", "भेजने" (not "उन्होंने", "अपने", "सामने").
  bool VerbalNounAt(const std::vector<Token>& toks, size_t j) const {
    static const std::string kNe = "ने";
    const std::string& k = toks[j].key;
    return k.size() > kNe.size() && k.compare(k.size() - kNe.size(), kNe.size(), kNe) == 0 &&
           !g_.Is(WordClass::kPronounSubject, toks, j) && !g_.Is(WordClass::kPronounGenitive, toks, j) &&
           !g_.Is(WordClass::kLocative, toks, j) && !g_.triggers.Match(toks, j);
  }

  // Hindi "X द्वारा जारी (वार्षिक) रिपोर्ट में", "X की रिपोर्ट में": the phrase whose document (`document_noun`)
  // the clause is in.
  const Phrase* AuthorOfDocument(const std::vector<Token>& toks, const std::vector<const Phrase*>& before) const {
    for (const Phrase* p : before) {
      size_t j = std::max(p->end, p->marker_end);
      bool by = p->marker == "द्वारा" || p->marker == "के द्वारा";
      if (!by && !(p->marker == "की" || p->marker == "के")) continue;
      // (The document right after its genitive, "X की रिपोर्ट में" — not "X के हमलों की रिपोर्ट में", a
      // report about X; after "द्वारा" a few words: "X द्वारा जारी वार्षिक रिपोर्ट में".)
      // (over the actor's own body and a genitive: "भारत के रक्षा मंत्रालय की रिपोर्ट में")
      for (size_t e = j; j < toks.size() && (g_.Is(WordClass::kGenitive, toks, j, &e) || g_.Is(WordClass::kPassiveAgent, toks, j, &e) ||
                                            g_.Is(WordClass::kAgentNoun, toks, j, &e));)
        j = e;
      for (size_t k = j; k < toks.size() && k < j + (by ? 4 : 1); ++k)
        if (size_t e = k; g_.Is(WordClass::kDocumentNoun, toks, k, &e)) {
          if (e < toks.size() && toks[e].key == "में") return p;
          break;
        }
    }
    return nullptr;
  }

  // Hindi "प्रतिबंध हटाने से इनकार किया", "हमला करने से मना किया": an act refused is not done.
  bool RefusedVerbalNoun(const std::vector<Token>& toks, const Trigger& trig) const {
    size_t j = PastVerbalNoun(toks, trig, 0);
    return j && j + 1 < toks.size() && toks[j].key == "से" && g_.Is(WordClass::kRefusalWord, toks, j + 1);
  }

  // Where the trigger's verbal noun ends ("हटाने", "हमला करने"; up to `lead` words may stand before it:
  // "बातचीत शुरू करने"), or 0 when the trigger is no verbal noun.
  size_t PastVerbalNoun(const std::vector<Token>& toks, const Trigger& trig, size_t lead) const {
    size_t j = trig.end;
    bool verbal = trig.end > trig.begin && VerbalNounAt(toks, trig.end - 1);
    for (size_t k = trig.end; !verbal && k < toks.size() && k <= trig.end + lead; ++k)
      if (VerbalNounAt(toks, k)) verbal = true, j = k;
    while (j < toks.size() && j < trig.end + lead + 2 && VerbalNounAt(toks, j)) ++j;
    return verbal ? j : 0;
  }

  // Hindi "टोगो के राष्ट्रपति को रिहा करने की मांग उठाई": an act demanded as a verbal noun is not done.
  // ...nor one alleged as a plot or an accusation, or named as someone's decision ("बेदखल करने की साजिश", "सजा को बरकरार
  // रखने के फैसले का स्वागत"): `plot_noun`, `statement_noun`. The verbal noun may follow a word or two
  // ("बातचीत शुरू करने की मांग").
  bool DemandedVerbalNoun(const std::vector<Token>& toks, const Trigger& trig) const {
    size_t j = PastVerbalNoun(toks, trig, 2);
    if (!j || j + 1 >= toks.size()) return false;
    for (auto [pattern, end] : g_.triggers.MatchAll(toks, j))  // asked for straight after: "सीमा खोलने को कहा"
      if (g_.patterns[pattern].relation == Relation::kRequest) return true;
    if (!g_.Is(WordClass::kGenitive, toks, j)) return false;
    if (g_.Is(WordClass::kPlotNoun, toks, j + 1)) return true;
    // ("X ने Y पर Z पर गोलाबारी करने का आरोप लगाया": what Y is accused of doing, X did not do.)
    for (auto [pattern, end] : g_.triggers.MatchAll(toks, j + 1))
      if (g_.patterns[pattern].relation == Relation::kAccuse) return true;
    // (A decision taken, "हमला करने का फैसला किया", is the subject's own and future; one that is
    // another verb's argument, "... रखने के फैसले का स्वागत किया", is someone else's.)
    if (size_t e = j + 1; g_.Is(WordClass::kStatementNoun, toks, j + 1, &e) && g_.markers.Match(toks, e)) return true;
    for (auto [pattern, end] : g_.triggers.MatchAll(toks, j + 1))
      if (g_.patterns[pattern].relation == Relation::kRequest) return true;
    return false;
  }

  // Hindi "टोगो पर हमला करने की धमकी दी", "परमाणु हमले की धमकी": a hostile act as what a threat
  // threatens. Returns the threat word's end, or 0.
  size_t ThreatenedVerbalNoun(const std::vector<Token>& toks, const Trigger& trig) const {
    size_t j = trig.end;
    while (j < toks.size() && j < trig.end + 2 && VerbalNounAt(toks, j)) ++j;
    if (j + 1 >= toks.size() || toks[j].key != "की") return 0;
    for (auto [pattern, end] : g_.triggers.MatchAll(toks, j + 1))
      if (g_.patterns[pattern].relation == Relation::kThreaten) return end;
    return 0;
  }

  // The word governing a meeting noun in a time adjunct ("after talks with", "during a summit
  // with", "following a meeting with"), or kNone.
  size_t MeetingAdjunctAt(const std::vector<Token>& toks, const Trigger& trig) const {
    for (size_t j = trig.begin; j > 0 && j + 4 > trig.begin; --j) {
      if (g_.Is(WordClass::kMeetingAdjunct, toks, j - 1)) return j - 1;
      if (!toks[j - 1].word || toks[j - 1].capitalized || g_.Is(WordClass::kPreposition, toks, j - 1)) break;
    }
    return kNone;
  }

  // The doer of a meeting noun governed by the adjunct word at g.
  const Phrase* MeetingInAdjunctDoer(const std::vector<Token>& toks, const Trigger& trig, size_t g,
                                     const std::vector<const Phrase*>& before) const {
    if (trig.end >= toks.size() || toks[trig.end].lower != "with") return nullptr;
    // "Ruiz, commenting after a summit with Mori,": the participle's apposition describes the phrase before it.
    if (g >= 3 && IsPunct(toks[g - 2], ",") && EndsWith(toks[g - 1], "ing")) {
      for (const Phrase* p : before)
        if (p->end == g - 2 && p->marker.empty() && !p->possessive && !p->place) return p;
      return nullptr;
    }
    // The sentence's subject, unless another clause's subject stands between ("Ghana said Togo agreed
    // after talks with Benin").
    if (!sentence_subject_ || sentence_subject_->end > g) return nullptr;
    for (const Phrase* p : before)
      if (p->begin >= sentence_subject_->end && p->end <= g && p->marker.empty() && !p->possessive &&
          !(p->who == sentence_subject_->who))  // "Ruiz said he raised it during a meeting with ..."
        return nullptr;
    return sentence_subject_;
  }

  // "last month", "this week", "on Monday": two words of time ending at `at`.
  bool TimeAdjunctEndsAt(const std::vector<Token>& toks, size_t at) const {
    bool period = g_.Is(WordClass::kTimePeriod, toks, at) || g_.weekdays.Match(toks, at).has_value() ||
                  g_.months.Match(toks, at).has_value();
    return period && at > 0 && g_.Is(WordClass::kTimeDeterminer, toks, at - 1);
  }

  // ", calling on Japan", "as well as urging Seoul": a participle opening a clause after the main one.
  static bool ParticipleClauseAt(const std::vector<Token>& toks, size_t verb) {
    if (verb == 0 || !EndsWith(toks[verb], "ing")) return false;
    return IsPunct(toks[verb - 1], ",") ||
           (verb >= 3 && toks[verb - 1].lower == "as" && toks[verb - 2].lower == "well" && toks[verb - 3].lower == "as");
  }

  // "Ghana's (repeated) threats to (utterly) crush X": the possessor of a threat noun that stands
  // before the infinitive of the trigger, or null.
  const Phrase* ThreatNounOwner(const std::vector<Token>& toks, const std::vector<const Phrase*>& before, const Trigger& trig) const {
    if (trig.begin < 3) return nullptr;
    size_t to = trig.begin - 1;
    if (IsAdverb(toks, to)) --to;
    if (toks[to].lower != "to") return nullptr;
    for (size_t k = to >= 3 ? to - 3 : 0; k < to; ++k)
      for (auto [pattern, end] : g_.triggers.MatchAll(toks, k))
        if (end == to && g_.patterns[pattern].relation == Relation::kThreaten && g_.patterns[pattern].nominal)
          for (const Phrase* p : before)
            if (p->possessive && (p->end == k || (p->end + 1 == k && toks[p->end].word && !toks[p->end].capitalized))) return p;
    return nullptr;
  }

  // "threatened to attack", "threatens to impose": the infinitive of a threatening verb.
  bool ThreatenedInfinitive(const std::vector<Token>& toks, const Trigger& trig) const {
    if (trig.begin < 2 || toks[trig.begin - 1].lower != "to") return false;
    for (size_t k = trig.begin >= 4 ? trig.begin - 4 : 0; k + 1 < trig.begin; ++k)
      for (auto [pattern, end] : g_.triggers.MatchAll(toks, k))
        if (end == trig.begin - 1 && g_.patterns[pattern].relation == Relation::kThreaten && !g_.patterns[pattern].nominal)
          return true;
    return false;
  }

  // "accused Togo of shelling the border post": the deed named in an accusation is the accuser's claim.
  bool AccusedOfDoing(const std::vector<Token>& toks, const std::vector<Trigger>& triggers, const Trigger& trig) const {
    size_t j = trig.begin;
    while (j > 0 && IsAdverb(toks, j - 1)) --j;
    if (j == 0 || !(toks[j - 1].lower == "of" || toks[j - 1].lower == "for")) return false;
    for (const Trigger& t : triggers)
      if (t.end <= j && t.end + 8 > j && g_.patterns[t.pattern].relation == Relation::kAccuse) return true;
    return false;
  }

  // Whether [from, to) is a pairing event noun and its genitive ("सहयोग की" before "चर्चा"): the
  // event the later noun is about. (Not a topic or purpose: "सहयोग बढ़ाने पर बातचीत", "बात करने के
  // लिए बैठक" are still the talks of the pair.)
  bool PairedEventBetween(const std::vector<Token>& toks, size_t from, size_t to) const {
    if (to < 2 || to <= from || !g_.Is(WordClass::kGenitive, toks, to - 1)) return false;
    for (size_t j = from; j + 1 < to; ++j)
      for (const auto& [pattern, end] : g_.triggers.MatchAll(toks, j))
        if (end == to - 1 && g_.patterns[pattern].symmetric_pairs) return true;
    return false;
  }

  // "घाना में टोगो के राजदूत को तलब किया गया", "Togo's ambassador in Accra was summoned": an envoy
  // summoned or expelled in the passive with no agent named is so treated by the state they are
  // posted in, the place named with them. (Praise or an attack may come from anyone.)
  const Phrase* HostOfEnvoy(const std::vector<Token>& toks, const PatternEntry& pe, const Trigger& trig, const Phrase& envoy,
                            const std::vector<const Phrase*>& before) const {
    if (!pe.envoy || envoy.title < 0 || !lex_.title_list()[envoy.title].posted) return nullptr;
    // "summoned home", "स्वदेश तलब किया गया": called back by their own state.
    for (size_t j = trig.begin > 2 ? trig.begin - 2 : 0; j < trig.end + 2 && j < toks.size(); ++j)
      if (g_.Is(WordClass::kHomeward, toks, j)) return nullptr;
    // An agent the lexicon lacks still acts: "was expelled from the room by protesters".
    if (doc_.lang == Lang::kEn)
      for (size_t j = trig.end; j < trig.end + 6 && j < toks.size() && !IsPunct(toks[j], ","); ++j)
        if (g_.Is(WordClass::kPassiveAgent, toks, j)) return nullptr;
    for (const Phrase* p : before) {
      bool beside = doc_.lang == Lang::kHi ? p->marker_end == envoy.begin
                                           : p->begin > envoy.end && p->begin <= envoy.end + 2 && p->marker == "in";
      if (beside && p->locative && !IsPerson(lex_, p->who) && !(p->who == envoy.who) && !(p->who == envoy.anchor)) return p;
    }
    return nullptr;
  }

  // "Lomé, which he accused": the phrase before ", which|whom|who" when the relative clause
  // has a subject of its own right before the verb.
  const Phrase* ObjectRelativeAntecedent(const std::vector<Token>& toks, const Phrase& subject) const {
    if (subject.begin < 3) return nullptr;
    if (!g_.Is(WordClass::kRelative, toks, subject.begin - 1) || !IsPunct(toks[subject.begin - 2], ",")) return nullptr;
    for (const Phrase& p : *all_phrases_)
      if (p.end == subject.begin - 2 && !p.possessive && !p.locative) return &p;
    return nullptr;
  }

  const Phrase* EnglishSubject(const std::vector<Token>& toks, const std::vector<const Phrase*>& before,
                               size_t verb) const {
    size_t j = verb;
    while (j > 0) {
      size_t e = j - 1;
      bool skip = IsAdverb(toks, e) || g_.Is(WordClass::kBe, toks, e) || g_.Is(WordClass::kFuture, toks, e) ||
                  g_.Is(WordClass::kNegation, toks, e);
      // "Ghana and Togo, which this week cut ...": a time adjunct before the verb.
      if (!skip && e >= 1 && TimeAdjunctEndsAt(toks, e)) {
        j -= 2;
        continue;
      }
      // "Ghana is expected to attack", "is due to end": a future phrase ending right there.
      if (!skip)
        for (size_t k = j >= 4 ? j - 4 : 0; k + 1 < j && !skip; ++k)
          if (size_t f = k; g_.Is(WordClass::kFuture, toks, k, &f) && f == j && f > k + 1) {
            j = k + 1;
            skip = true;
          }
      if (!skip) break;
      --j;
    }
    if (j == 0) return nullptr;
    // Headlines announce with a bare infinitive: "Ghana to Sanction Togo Over Raid".
    if (const Phrase* p = HeadlineInfinitiveSubject(toks, j); p) return p;
    // "Russia threatened to attack Ukraine", "Israel has vowed to destroy Hamas": the infinitive's
    // doer is the subject of the verb that governs it.
    if (toks[j - 1].lower == "to" && j >= 2 && g_.Is(WordClass::kControlVerb, toks, j - 2))
      return EnglishSubject(toks, before, j - 2);
    // "Trump flew to Seoul after visiting Japan", "After meeting Abe, Trump flew on": an -ing verb
    // in a time adjunct is done by the main clause's subject — the phrase after the adjunct's comma
    // when it opens the sentence, else the sentence's first.
    if (j == verb && EndsWith(toks[verb], "ing") && g_.Is(WordClass::kTimeSubordinator, toks, verb - 1)) {
      if (verb - 1 == 0) {
        size_t comma = verb;
        while (comma < toks.size() && comma < verb + 12 && !IsPunct(toks[comma], ",")) ++comma;
        if (comma >= toks.size() || !IsPunct(toks[comma], ",")) return nullptr;
        for (const Phrase& p : *all_phrases_)
          if (p.begin > comma)
            return p.begin <= comma + 2 && p.marker.empty() && !p.possessive && !p.place && !p.pronoun ? &p : nullptr;
        return nullptr;
      }
      for (const Phrase& p : *all_phrases_) {
        if (p.begin >= verb || Between(toks, p.end, verb, WordClass::kSpeech) || Between(toks, p.end, verb, WordClass::kClauseBreak))
          return nullptr;
        return p.marker.empty() && !p.possessive && !p.locative && !p.place && !p.pronoun && p.begin <= 4 ? &p : nullptr;
      }
      return nullptr;
    }
    // A participle after the clause: "China voiced concern, calling on Japan to ...", "... as well
    // as urging Seoul": its doer is the sentence's subject, when that opened the sentence.
    if (j == verb && ParticipleClauseAt(toks, verb) && sentence_subject_ && sentence_subject_->end < j &&
        !Between(toks, sentence_subject_->end, j, WordClass::kClauseBreak) &&
        !Between(toks, sentence_subject_->end, j, WordClass::kSpeech) && !Between(toks, 0, j, WordClass::kSubordinator)) {
      for (const Phrase& p : *all_phrases_)
        if (p.marker.empty() && !p.possessive && !p.locative && !p.place) return &p == sentence_subject_ ? &p : nullptr;
      return nullptr;
    }
    // "The council issued a motion calling on Mali to ...": a document's participle is done by
    // whoever issued the document.
    if (j == verb && EndsWith(toks[verb], "ing") && g_.Is(WordClass::kDocumentNoun, toks, j - 1))
      for (size_t k = j - 1; k > 0 && k + 5 > j; --k)
        if (size_t e = k - 1; g_.Is(WordClass::kSupportVerb, toks, k - 1, &e) && e <= j - 1) return EnglishSubject(toks, before, k - 1);
    // "Hussein al-Ezzi, a senior Houthi official, warned": step over the apposition.
    if (IsPunct(toks[j - 1], ",")) {
      // "Kofi Mensah, touring a camp for flood victims, urged": a participle or
      // article opening the apposition lets it run longer.
      size_t c = j - 1;
      while (c > 0 && c + 30 > j && !IsPunct(toks[c - 1], ",")) --c;
      auto opens_apposition = [&](size_t at) {
        const Token& t = toks[at];
        return g_.Is(WordClass::kArticle, toks, at) || t.lower == "who" || t.possessive ||
               lex_.titles().Match(toks, at).has_value() ||  // "Kenji Morita, head of the ... bureau, met"
               EndsWith(t, "ing");
      };
      // "The Ghanaian president, Kofi Mensah, apologized": one phrase spans office and name.
      for (const Phrase* p : before)
        if (p->end == j - 1 && p->begin < c && p->marker.empty() && !p->possessive && p->person_named) return p;
      if (c > 0 && IsPunct(toks[c - 1], ",") && (c + 10 > j || opens_apposition(c)))
        for (const Phrase* p : before) {
          // "Togolese forces, backed by Ghana, attacked": over the nouns that stand for the actor,
          // which a possessor's may be ("Ghana's forces, ..., attacked").
          size_t head_end = PastStateNouns(toks, p->end);
          if (head_end == c - 1 && head_end > p->end && p->marker.empty()) return p;
          if (p->end == c - 1 && p->marker.empty() && !p->possessive) {
            // "Ghana's army chief, General Ama Owusu, met": the name set off after an
            // unnamed office is who acted.
            if (p->title >= 0 && !p->person_named)
              for (const Phrase* named : before)
                if (named->end == j - 1 && named->begin >= c && named->person_named && named->marker.empty()) return named;
            return p;
          }
        }
      // "Leaders of Togo, where ... protests, have denounced": over a relative clause, to the
      // noun phrase before it ("Leaders of Iran" stands for Iran).
      for (size_t r = j - 1; r > 1 && r + 40 > j; --r) {
        if (!(toks[r].lower == "where" || toks[r].lower == "which" || toks[r].lower == "who") || !IsPunct(toks[r - 1], ","))
          continue;
        for (const Phrase& p : *all_phrases_) {
          if (p.end != r - 1 || p.possessive) continue;
          if (p.marker.empty()) return &p;
          // "leaders of X", "the government of X"
          if (p.marker == "of" && AgentNounBeforeOf(toks, p.begin) != kNone) return &p;
        }
        break;
      }
      return nullptr;
    }
    // "accuses China of supplying Russia", "blamed Iran for attacking": the gerund's doer is
    // the phrase before "of"/"for".
    if ((toks[j - 1].lower == "of" || toks[j - 1].lower == "for") && verb <= j + 1 && EndsWith(toks[verb], "ing")) {
      for (const Phrase* p : before)
        if (p->end == j - 1) return p;
      return nullptr;
    }
    // "Wang said ... and urged Japan": a coordinated verb shares the clause's subject
    // ("Iran denied the report but accused Israel" too) — not a noun after "and": "air strikes and
    // shelling on Gaza" is no second predicate.
    // A trigger that may be a noun shares the possessor of the noun before "and": "Israel's air
    // strikes and shelling", "her dinner and talks with Modi".
    if (toks[j - 1].lower == "and" && NounOrVerbAt(toks, verb))
      for (auto it = before.rbegin(); it != before.rend() && (*it)->end + 5 >= j; ++it)
        if ((*it)->possessive && ((*it)->marker.empty() || (*it)->genitive_pronoun) && (*it)->end < j) return *it;
    bool after_and = toks[j - 1].lower == "and" && !NounOrVerbAt(toks, verb);
    // (Not a speaker named after it: "X opened fire and killed ..., Y said" is X's doing.)
    if (after_and && sentence_subject_ && sentence_subject_->end <= j) return sentence_subject_;
    bool coordinated_verb = after_and || (toks[j - 1].lower == "but" && !NounOrVerbAt(toks, verb));
    // "Norway, a small country with a large fleet, has backed talks and criticized Russia": with no speaker, the
    // phrase opening the sentence, when no clause, speech verb or other conjunction stands between.
    if (coordinated_verb)
      for (const Phrase& p : *all_phrases_) {
        size_t lead = p.begin;
        while (lead > 0 && g_.Is(WordClass::kArticle, toks, lead - 1)) --lead;  // "An Israeli tank opened fire and killed"
        if (lead != 0 || !p.marker.empty() || p.possessive || p.place || p.pronoun) break;
        bool own_clause = true;
        for (size_t t = p.end; t + 1 < j && own_clause; ++t)
          own_clause = !(g_.Is(WordClass::kClauseBreak, toks, t) || g_.Is(WordClass::kSpeech, toks, t) ||
                         g_.Is(WordClass::kCoordination, toks, t) || IsPunct(toks[t], ";"));
        if (own_clause) return &p;
        break;
      }
    // The phrase ending right there is the subject.
    for (auto it = before.rbegin(); it != before.rend(); ++it) {
      const Phrase* p = *it;
      if (p->end == j && p->marker.empty() && !p->possessive) return p;
      // "a week after Lome warned Accra": a conjunction of time opens a clause whose subject it is.
      // (Not "since": "exports have fallen since Russia invaded Ukraine" recalls a past event as a date;
      // `clause_subordinator`.)
      // ("after Ghana and Togo held talks": the pair's first member follows it.)
      if (p->end == j && !p->possessive && !p->locates_only) {
        const Phrase* first = p;
        for (const Phrase* q : before)
          if (q->group == p->group && q->begin < first->begin) first = q;
        if (first->begin > 0 && g_.Is(WordClass::kClauseSubordinator, toks, first->begin - 1)) return p;
      }
      if (p->end == j && p->possessive) return nullptr;  // "Russia's defence minister ..." was a title phrase
      // "The defence ministers of Nepal and Bhutan held talks": people "of" actors stand for them.
      if (p->end == j && p->marker == "of") {
        const Phrase* first = p;
        for (const Phrase* q : before)
          if (q->group == p->group && q->begin < first->begin) first = q;
        size_t head = AgentNounBeforeOf(toks, first->begin);  // and nothing before it but "the"
        return head != kNone && (head == 0 || !toks[head - 1].word || g_.Is(WordClass::kDefiniteArticle, toks, head - 1)) ? p : nullptr;
      }
    }
    // Otherwise the noun phrase must be headed by a noun that stands for the actor before it.
    // A relative clause: "Ghana, which has long wanted ..." is about the phrase before it.
    if (g_.Is(WordClass::kRelative, toks, j - 1)) {
      if (j >= 2 && IsPunct(toks[j - 2], ","))
        for (const Phrase& p : *all_phrases_)
          // "the danger from Togo, which often threatens ...": the antecedent may
          // sit inside a prepositional phrase, but not be a place ("talks in Beijing, which").
          if (p.end == j - 2 && (p.marker.empty() || (p.marker == "by" && !p.place)) && !p.possessive) return &p;
      return nullptr;
    }
    size_t k = j;
    int nouns = 0;
    bool agent_head = false;
    while (k > 0 && nouns < 4) {
      const Token& t = toks[k - 1];
      auto trigger = g_.triggers.Match(toks, k - 1);
      // "Ghanaian air strikes killed ...": an event noun heads its doer's phrase like "troops" does.
      bool event_noun = false;
      if (trigger)
        for (auto [pattern, end] : g_.triggers.MatchAll(toks, k - 1))
          if (end >= k && g_.patterns[pattern].nominal && !g_.patterns[pattern].names_other) event_noun = true;  // "air strikes"
      if (!t.word || g_.Is(WordClass::kPreposition, toks, k - 1) || (trigger && !event_noun)) break;
      for (const Phrase* p : before)
        if (p->end == k && p->marker.empty()) return agent_head ? p : nullptr;
      if (nouns == 0) agent_head = g_.Is(WordClass::kAgentNoun, toks, k - 1) || event_noun;
      ++nouns;
      --k;
    }
    return nullptr;
  }

  void ExtractSentence(int index, const Sentence& s, const std::vector<Mention>& mentions) {
    struct ClearSentence {  // the pointers below point into this sentence's phrases
      const std::vector<Phrase>*& phrases;
      const Phrase*& subject;
      ~ClearSentence() { phrases = nullptr, subject = nullptr; }
    } clear{all_phrases_, sentence_subject_};
    const std::vector<Token>& toks = s.tokens;
    std::vector<Phrase> phrases = BuildPhrases(toks, mentions);
    all_phrases_ = &phrases;
    RememberNamed(phrases);
    doc_.previous_counted_two = doc_.lang == Lang::kHi && CountsTwo(toks, toks.size());
    std::vector<int> clause = Clauses(toks, phrases);
    Attribution attribution = FindAttribution(toks, phrases, clause);
    sentence_subject_ = attribution.first_speaker;
    // The last speaker carries only into a sentence that is all quotation right after theirs.
    if (attribution.first_speaker && attribution.first_speaker->who.valid()) doc_.last_speaker = attribution.first_speaker->who;
    else if (toks.empty() || !QuoteMark(toks.front())) doc_.last_speaker = {};
    std::vector<Trigger> triggers = FindTriggers(toks, phrases, clause);
    Referent sentence_subject;

    // ROLE: a named person with an office and the country or organisation it belongs to — stated
    // in the phrase, or stated elsewhere in the article when the lexicon confirms the office was
    // held then ("President Reagan" in an article about the United States).
    for (const Phrase& p : phrases) {
      if (p.title < 0 || !(p.person_named || p.office_resolved) || lex_.title_list()[p.title].kind == "minor") continue;
      const Referent& holder = p.leader.valid() ? p.leader : p.who;
      // A role is a standing fact, not an event of the article's day: undated, so every article
      // that states it adds evidence to one edge.
      Date d;
      Referent org = p.anchor;
      bool from_article = false;
      if (Referent chamber = ChamberOf(p, phrases); chamber.valid()) {
        // "U.S. Senator X" holds office in the United States, as a member of its Senate.
        if (p.anchor.actor != kNoActor && lex_.actors()[p.anchor.actor].type == EntityType::kCountry)
          Emit(index, s, holder, Relation::kRole, "", lex_.title_list()[p.title].label_en, p.anchor, d, false,
               Modality::kAsserted, Attribution{}, 0.9);
        org = chamber;
        from_article = !p.anchor.valid();
      }
      if (!org.valid() && holder.actor != kNoActor)
        for (const RoleEntry& r : lex_.RolesOf(holder.actor))
          if (r.title == p.title && doc_.mentioned_actors.count(r.org) &&
              (!doc_.article_date || RoleHeld(r, doc_.article_date))) {
            org = Referent{r.org};
            break;
          }
      // "President Yasser Arafat" in an article that never names the Palestinian Authority: the
      // one office of that title the lexicon says the person held that day (or ever, undated).
      bool from_lexicon = false;
      if (!org.valid() && holder.actor != kNoActor) {
        std::set<int> orgs;
        for (const RoleEntry& r : lex_.RolesOf(holder.actor))
          if (r.title == p.title && (!doc_.article_date || RoleHeld(r, doc_.article_date)))
            orgs.insert(r.org);
        if (orgs.size() == 1) org = Referent{*orgs.begin()}, from_lexicon = true;
      }
      // A national office the phrase gives no country for, held by someone the lexicon knows no
      // office of in another country, in a sentence that names no other country: the article's own country.
      if (!org.valid() && lex_.title_list()[p.title].state_office && doc_.dateline_country.valid() && !p.leader.valid()) {
        // (Someone the lexicon knows only in offices of that same country — "Vice President X" of
        // a later president — holds this one there too.)
        bool known_offices = false;
        for (const RoleEntry& r : lex_.RolesOf(holder.actor))
          known_offices = known_offices || r.org != doc_.dateline_country.actor;
        bool other_country = false;
        for (const Phrase& q : phrases)
          other_country = other_country || (q.who.actor != kNoActor && q.who.actor != doc_.dateline_country.actor &&
                                             lex_.actors()[q.who.actor].type == EntityType::kCountry);
        if (!known_offices && !other_country) org = doc_.dateline_country, from_article = true;
      }
      // "Ghana's envoy to Benin spoke on Friday ... Ambassador Kofi Ampem added": an office the
      // article gave one owner for, without a name, is that owner's when a new person holds it.
      // (Only for a person the lexicon knows no word of: "President Bush" after "the French
      // president" is not French.)
      if (auto given = doc_.office_anchors.find(p.title);
          !org.valid() && !p.leader.valid() && given != doc_.office_anchors.end() && given->second.size() == 1 &&
          UnknownPerson(holder) && !OwnerWrittenUnmatched(s.tokens, p))
        org = Referent{*given->second.begin()}, from_article = true;
      if (org.valid())
        Emit(index, s, holder, Relation::kRole, "", lex_.title_list()[p.title].label_en, org, d, false,
             Modality::kAsserted, Attribution{}, p.anchor.valid() ? 0.9 : from_lexicon ? 0.6 : from_article ? 0.5 : 0.75);
    }

    // ("a Turkish cleric" may be anyone.)
    for (const Phrase& p : phrases)
      if (p.title >= 0 && p.anchor.valid() && p.anchor.actor != kNoActor && !p.person_named &&
          !IndefiniteOffice(toks, p.begin))
        doc_.office_anchors[p.title].insert(p.anchor.actor);

    // The offices this sentence gives people count for its own events too ("Iraqi Foreign
    // Minister Tareq Aziz said Iran attacked ...": a minister, not a private person, accuses).
    for (const Phrase& p : phrases)
      if (p.title >= 0 && p.person_named && p.who.valid() && !p.leader.valid()) doc_.titles_given[p.who.Key()].insert(p.title);

    const bool hindi = doc_.lang == Lang::kHi;
    if (hindi) RememberAttackedState(toks, phrases, clause);
    EmitBecameRoles(index, s, phrases, mentions);
    EmitPredicateRoles(index, s, phrases, clause);
    EmitPresenceVisits(index, s, phrases);
    size_t read_at = toks.size();  // the position whose reading already produced a triple
    for (const Trigger& trig : triggers) {
      if (trig.begin == read_at) continue;
      const PatternEntry& pe = g_.patterns[trig.pattern];
      int tc = clause[trig.begin];
      std::vector<const Phrase*> before, after;
      for (const Phrase& p : phrases) {
        // (A Hindi phrase whose marker opens the clause belongs to it — not one before a colon:
        // "अफगानिस्तान: ..." labels the headline.)
        size_t after_phrase = std::min(p.end, toks.size() - 1);
        if (clause[p.begin] != tc && !(hindi && toks[after_phrase].word && clause[after_phrase] == tc)) continue;
        if (p.end <= trig.begin) before.push_back(&p);
        else if (p.begin >= trig.end) after.push_back(&p);
      }
      const Phrase* subject = nullptr;
      const Phrase* object = nullptr;
      bool passive = false;
      bool future_noun = false;
      bool relative_object = false;  // English "X, which Y accused": X is the object
      const Phrase* threat_owner = nullptr;  // English "Ghana's threats to crush X": the threat's owner
      Referent claimed_victim;       // Hindi: the object of an attack claimed in a later sentence
      before.erase(std::remove_if(before.begin(), before.end(), [](const Phrase* p) { return p->modifier; }), before.end());
      // "सुरक्षाबलों ने", an unresolved "उन्होंने": the clause has an agent, just not one we know.
      // A phrase that ends its clause: punctuation, the sentence's end or another clause follows it.
      auto closes_clause = [&](const Phrase& p) {
        size_t last = std::max(p.end, p.marker_end);
        return last >= toks.size() || !toks[last].word || clause[last] != tc;
      };
      auto unresolved_agent_before = [&](size_t end) {
        for (size_t j = 0; j < end; ++j) {
          if (clause[j] != tc) continue;
          bool ergative = toks[j].key == "ने" || g_.Is(WordClass::kSpeakerPronoun, toks, j) ||
                          (g_.Is(WordClass::kPronounSubject, toks, j) && toks[j].key.find("ने") != std::string::npos);
          if (!ergative) continue;
          bool known = false;
          for (const Phrase& p : phrases)
            known = known || (p.pronoun && p.begin == j) || (p.marker == "ने" && p.marker_end == j + 1);
          if (!known) return true;
        }
        return false;
      };
      after.erase(std::remove_if(after.begin(), after.end(), [](const Phrase* p) { return p->modifier; }), after.end());
      if (hindi) {
        // "दोषी ठहराया जा रहा है", "हमला किया गया": a passive has no agent unless द्वारा names one.
        bool passive_voice = false;
        for (size_t j = trig.end; j < toks.size() && j < trig.end + 4; ++j)
          if (g_.Is(WordClass::kPassiveAux, toks, j)) passive_voice = true;
        // Subject: the ने-marked phrase, else the first unmarked (nominative) one — unless the event
        // noun names its own doer: in "राम ने टोगो पर घानाई हमले की निंदा की" Ram condemns, the U.S. attacks.
        const Phrase* own_doer = pe.genitive_doer ? GenitiveDoer(toks, pe, trig, phrases) : nullptr;
        // (A national team stands for its state where it is hit, not where it acts: a cricket tour
        // is no state visit.)
        // (Not past a relative's own agent: "भारत ने उस गुट पर प्रतिबंध लगाया जिसने टोगो पर हमला किया".)
        // (Nor an agent inside a relative clause between commas for a verb after it: "पाकिस्तान ने सईद, जिसे
        // अमेरिका ने आतंकी घोषित किया है, को रिहा कर दिया".)
        auto relative_agent_between = [&](const Phrase* p) {
          for (size_t j = p->end; j < trig.begin; ++j)
            if (g_.Is(WordClass::kRelativeAgent, toks, j)) return true;
          for (size_t r = p->begin; r-- > 1;) {
            if (IsPunct(toks[r], ",")) break;
            if (IsPunct(toks[r - 1], ",") && g_.Is(WordClass::kRelativePronoun, toks, r))
              for (size_t c = p->end; c < trig.begin; ++c)
                if (IsPunct(toks[c], ",")) return true;
          }
          return false;
        };
        for (const Phrase* p : before)
          if (!own_doer && (p->marker == "ने" || p->marker == "की ओर से" || p->marker == "की तरफ से") &&
              !NonStateAfter(toks, *p, WordClass::kTeamNoun) && !relative_agent_between(p))
            subject = p;
        // "घाना के मंत्रालय द्वारा जारी रिपोर्ट में टोगो पर ... आरोप लगाए गए हैं": what a report says in the
        // passive, its author says.
        if (!subject && passive_voice) subject = AuthorOfDocument(toks, before);
        // "मैक्रों से मुलाकात के बाद किशिदा ने कहा": the meeting is the clause's agent's, after it too.
        if (!subject && MeetingAdjunctHi(toks, trig))
          for (const Phrase* p : after)
            if (p->marker == "ने") {
              subject = p;
              break;
            }
        if (!subject && !passive_voice)
          for (const Phrase* p : before)
            // "... लंदन पहुंचे": a bare place before a verb of arriving is where, not who.
            if (p->marker.empty() && !p->locative && EffectiveHindiMarker(toks, *p, trig.begin).empty() &&
                !NonStateAfter(toks, *p, WordClass::kTeamNoun) &&
                EffectiveHindiMarker(toks, LastInGroup(phrases, *p), trig.begin).empty() &&
                !ConjunctiveParticipleAfter(toks, *p) && !(p->place && pe.location_object) &&
                !DestinationOfEarlierVisit(toks, *p, trig.begin)) {
              subject = p;
              break;
            }
        if (!subject && pe.light_verb && !LightVerbNear(toks, trig)) {
          subject = GenitiveDoer(toks, pe, trig, phrases);
          // "रूस के हमले की आशंका": an attack feared is not an attack made.
          if (subject && Between(toks, trig.end, trig.end + 3, WordClass::kProspective)) future_noun = true;
        }
        // "टोगो पर हमला घाना ने किया था": the agent may stand between the event noun and its verb.
        if (size_t agent = pe.light_verb && !subject ? AgentBeforeLightVerb(toks, trig) : kNone; agent != kNone)
          for (const Phrase* p : after)
            if (p->end == agent) subject = p;
        // "X पर हमले की जिम्मेदारी एक गुट ने ली": who claims the attack may follow it.
        if (!subject && ClaimedAfter(toks, trig.end))
          for (const Phrase* p : after)
            if (p->marker == "ने") {
              subject = p;
              break;
            }
        // "उन्होंने ..." whose referent is unknown: the doer is someone, just not an actor we know.
        if (subject && subject->marker.empty() && unresolved_agent_before(trig.begin)) subject = nullptr;
        if (!subject)
          for (const Phrase* p : before)
            if (p->marker == "द्वारा" || p->marker == "के द्वारा") subject = p, passive = true;
        // "टोगो की आलोचना करते हुए घाना ने कहा": an adverbial participle is done by the
        // agent of the clause it leads into.
        if (!subject && !passive_voice)
          if (size_t hue = AdverbialParticipleEnd(toks, trig); hue != kNone)
            for (const Phrase* p : after)
              if (p->begin >= hue && p->marker == "ने") {
                subject = p;
                break;
              }
        // "जापान पहुंचकर मैक्रों ने ...", "जापान पहुंचकर ... से मिले फ्रांस के राष्ट्रपति": a conjunctive
        // participle (-कर) is done by the main verb's doer, named after it — its agent, or the
        // bare phrase that closes a headline's clause.
        if (!subject && !passive_voice && ConjunctiveTrigger(toks, trig.end)) {
          for (const Phrase* p : after)
            if (p->marker == "ने") {
              subject = p;
              break;
            }
          for (const Phrase* p : after) {
            if (subject || !closes_clause(*p)) continue;
            if (p->marker.empty() && !p->place) subject = p;
            break;
          }
        }
        // "नेपाल: भूटान से बातचीत ...": a headline's label before a colon is who acts when its
        // clause names no one else.
        // (Only for a noun with a light verb: "बांग्लादेशः भारत से मिली वैक्सीन" was received.)
        if (!subject && !passive_voice && pe.light_verb)
          for (const Phrase& p : phrases)
            if (p.begin == 0 && p.marker.empty() && p.end < trig.begin && IsPunct(toks[p.end], ":")) subject = &p;
        // Object: the nearest phrase before the trigger carrying one of the pattern's markers.
        auto [partner_begin, partner_end] = MeetingPartnerBefore(toks, trig, before);
        for (auto it = before.rbegin(); it != before.rend(); ++it) {
          const Phrase* p = *it;
          if (subject && p->group == subject->group) continue;
          if (p->locative && !pe.location_object) continue;
          std::string marker = EffectiveHindiMarker(toks, *p, trig.begin);
          // "घानाई व्यापारी की हत्या": killing or accusing a country's people who are not its state is no
          // attack on the country, nor an accusation of it (as in English). Bans on its citizens still
          // sanction it.
          if ((pe.relation == Relation::kAssault || pe.relation == Relation::kAccuse) && NonStateAfter(toks, *p)) continue;
          // Nor are a country's rebels or militants the country ("लीबियाई विद्रोहियों को गोला-बारूद").
          if (NonStateAfter(toks, *p, WordClass::kRebelNoun)) continue;
          // "टोगो के बयान पर ... तैनाती": on someone's statement is about it, not done to them —
          // except for what is said of a statement (praise, criticism, rejection).
          if (p->end + 1 < trig.begin && g_.Is(WordClass::kGenitive, toks, p->end) && g_.Is(WordClass::kStatementNoun, toks, p->end + 1) &&
              marker != "genitive" && MarkerAllowed(pe, marker) &&
              !JudgesStatement(pe.relation))
            continue;
          if (ArgumentOfParticipleEvent(toks, *p, trig) || PassiveParticipleBetween(toks, p->marker_end, trig.begin)) continue;
          // "टोगो से लौटकर कहा कि": a phrase before a conjunctive participle is that verb's. (One word
          // only, unlike ConjunctiveParticipleAfter: "की हत्या कर दी" is a light verb, not "-कर".)
          if (size_t next = std::max(p->end, p->marker_end);
              next < toks.size() && next != trig.begin && EndsInKar(toks[next]) && !ConjunctiveTrigger(toks, trig.end))
            continue;  // (but "टोगो के साथ मिलकर काम": the -कर word opens this trigger)
          // "चौकी पर हमले के बाद घाना ने प्रतिबंध लगाया": the target of an attack named in a
          // postpositional phrase ("after the attack on X") is that attack's, not this event's.
          // "Y से मुलाकात के दौरान कहा कि ...": the partner of a meeting named as the time of this
          // event is the meeting's ("Z के दूत Y से" all of it).
          if (p->begin >= partner_begin && p->end <= partner_end) continue;
          if (p->marker == "पर" && p->marker_end < trig.begin && !pe.victim && AttackNounAt(toks, p->marker_end)) {
            auto attack = g_.triggers.Match(toks, p->marker_end);
            // (Not "भूटान पर हमले का आरोप": the attack is what the target is accused of.)
            if (attack && NounInPhrase(toks, Trigger{p->marker_end, attack->second, -1}) && pe.relation != Relation::kAccuse)
              continue;
          }
          // "X और Y के बीच सहयोग की चर्चा": the pair is the nearer event's (the cooperation's), not the
          // talk about it.
          // (An agreement's pair is its own: "X और Y के बीच वार्ता करने पर सहमति बनी".)
          if (p->marker == "के बीच" && pe.relation != Relation::kAgree && PairedEventBetween(toks, p->marker_end, trig.begin))
            continue;
          if (MarkerAllowed(pe, marker) || (p->locative && pe.location_object && MarkerAllowed(pe, p->marker))) {
            object = p;
            break;
          }
        }
        // "घाना ने टोगो से माली को मदद देने को कहा": the one asked stands first after the agent; a को or
        // से after it belongs to the act asked for (flag `first`).
        if (pe.first_object && object && subject && subject->end <= object->begin) {
          object = nullptr;
          for (const Phrase* p : before)
            if (p->begin >= subject->marker_end && p->group != subject->group && MarkerAllowed(pe, EffectiveHindiMarker(toks, *p, trig.begin))) {
              object = p;
              break;
            }
          for (size_t k = subject->marker_end; object && k < object->begin; ++k)
            if ((toks[k].key == "को" || toks[k].key == "से") && !DateOrTopicPostposition(toks, k))
              object = nullptr;  // "अपने राजदूत को टोगो को ..."
          if (!object) continue;
        }
        if (size_t marker = object ? kNone : ObjectMarkerBeforeLightVerb(toks, trig); marker != kNone) {
          const Phrase* last = nullptr;  // the last phrase before that marker
          for (const Phrase* p : after)
            if (p->begin >= trig.end && p->begin < marker) last = p;
          // ...not the subject's, nor a country's people or rebels
          if (last && (!subject || last->group != subject->group) && !NonStateAfter(toks, *last) &&
              !NonStateAfter(toks, *last, WordClass::kRebelNoun))
            object = last;
        }
        // "घाना ने संयुक्त राष्ट्र को बताया कि टोगो को सेना हटानी चाहिए": a pattern that reads its
        // context in the clause it opens asks the actor that clause marks with को ("Y को ... चाहिए"),
        // not the one told; with no one told, it still asks ("X ने कहा कि Y को ... चाहिए").
        if (!pe.context.empty() && trig.end < toks.size() && g_.Is(WordClass::kClauseBreak, toks, trig.end - 1))
          for (const Phrase& q : phrases)
            if (clause[q.begin] == clause[trig.end] && !q.pronoun && q.who.valid() && q.marker == "को") {
              object = &q;
              break;
            }
        if (pe.victim) {
          VictimReading v = Victim(toks, trig, phrases, clause);
          bool plain = LightVerbNear(toks, trig) || GenitiveDoer(toks, pe, trig, phrases) || ThreatenedVerbalNoun(toks, trig);
          if (v.victim && !v.attacker) doc_.unclaimed_victim = v.victim->who;
          if (!object && v.victim && v.attacker) subject = v.attacker, object = v.victim, passive = false;
          else if (!plain && !ClaimedAfter(toks, trig.end)) continue;
          // "बीएलए ने धमाके की जिम्मेदारी ली": who claims an attack made it, on whoever died in
          // the last attack the text named no attacker for.
          if (!object && subject && doc_.unclaimed_victim.valid() && !(subject->who == doc_.unclaimed_victim) &&
              ClaimedAfter(toks, trig.end))
            claimed_victim = doc_.unclaimed_victim;
        }
        // "अमेरिकी सेना की अफगानिस्तान से वापसी": a genitive doer before the object of an event noun.
        if (!subject && object && object->marker_end == trig.begin) {
          Trigger at_object{object->begin, trig.end, trig.pattern};
          const Phrase* doer = GenitiveDoer(toks, pe, at_object, phrases);
          if (doer && doer->group != object->group) subject = doer;
        }
        if (pe.subject_after) {
          // "टोगो की यात्रा पर घाना के राष्ट्रपति": the visitor follows the trip — or, in a sentence
          // with its own verb, opens it ("मोदी अमेरिका की यात्रा पर गए").
          const Phrase* opening_subject = subject && subject->marker.empty() ? subject : nullptr;
          subject = nullptr;
          for (const Phrase* p : after)
            if (p->marker.empty() || p->marker == "ने") {
              subject = p;
              break;
            }
          if (!subject) subject = opening_subject;
        }
        if (pe.participle) {
          // "टोगो पहुंचे घाना के राष्ट्रपति ने ...": the participle describes the person or office right
          // after it (over the genitives of the office), who did it; the place stands bare right before.
          // Not one who speaks for no state ("विपक्षी नेता", `nonstate_office`), nor one whose ने comes after
          // another noun ("टोगो के राष्ट्रपति के विमान ने"), nor one who came from exile or prison ("रिहा
          // होकर घाना आए": a -कर verb after such a word before the place).
          subject = object = nullptr;
          for (const Phrase* p : after) {
            if (p->begin > trig.end && !(p->marker == "का" || p->marker == "के" || p->marker == "की")) break;
            if (p->marker == "ने" && p->end < toks.size() && toks[p->end].key == "ने" && (IsPerson(lex_, p->who) || p->title >= 0) &&
                !Between(toks, trig.end, p->end, WordClass::kNonStateOffice))
              subject = p;
            if (subject || p->begin > trig.end + 3) break;
          }
          if (!after.empty() && after.front()->begin != trig.end) subject = nullptr;
          for (const Phrase* p : before)
            if (p->end == trig.begin && (p->marker.empty() || p->marker == "में") && p->marker_end == trig.begin &&
                !(p->begin > 1 && EndsInKar(toks[p->begin - 1]) && g_.Is(WordClass::kNonStateOffice, toks, p->begin - 2)))
              object = p;
          if (!subject || !object) continue;
        }
        // "मोदी की अमेरिका यात्रा", "मोदी के अमेरिका दौरे के दौरान": the visitor in the genitive, the
        // place bare right before the trip.
        if (pe.mode == "visit" && pe.location_object && !pe.subject_after)
          for (const Phrase* place : before)
            if (place->end == trig.begin && place->marker.empty())
              for (const Phrase* visitor : before)
                if (visitor->marker_end == place->begin && visitor->group != place->group &&
                    (visitor->marker == "का" || visitor->marker == "के" || visitor->marker == "की")) {
                  subject = visitor;
                  object = place;
                }
        // "मोदी और बाइडेन की मुलाकात हुई": a pair in the genitive meets, whatever verb follows.
        if (!subject && !object && pe.symmetric_pairs && !pe.nominal)
          if (const Phrase* pair = GenitiveDoer(toks, pe, trig, phrases); pair && GroupMembers(toks, phrases, pair->group).size() >= 2)
            subject = pair;
        if (pe.nominal) {
          // "अमरीका-रूस समझौता", "इजराइल-हमास संघर्षविराम": the pair right before the noun.
          subject = object = nullptr;
          // Not a pair marked as partners ("X व Y से मुलाकात" is someone else's meeting with them).
          const std::string pair_marker = before.empty() ? "" : before.back()->marker;
          bool unmarked_pair = pair_marker != "से" && pair_marker != "के साथ" && pair_marker != "को" && pair_marker != "पर";
          if (!before.empty() && unmarked_pair && !unresolved_agent_before(trig.begin) &&
              (before.back()->end == trig.begin || before.back()->marker_end == trig.begin)) {
            subject = before.back();
            if (GroupMembers(toks, phrases, subject->group).size() < 2) subject = nullptr;
          }
        }
        // A pair marked 'between' are the parties, nobody else: "बेनिन ने घाना और टोगो के बीच वार्ता कराई".
        // But before a topic and its postposition the pair is the topic's, and an agent's talks are their
        // own: "बेनिन और नाइजर ने X और Y के बीच विवाद पर चर्चा की", "X और Y के बीच हुए करार के तहत बेनिन ने
        // बैठक की".
        if (object && pe.symmetric_pairs && EffectiveHindiMarker(toks, *object, trig.begin) == "के बीच") {
          bool topic_between = subject && subject->marker == "ने" && subject->group != object->group && object->marker_end < trig.begin &&
                               [&] {
                                 for (size_t k = object->marker_end; k < trig.begin; ++k)
                                   if (!(k >= subject->begin && k < subject->marker_end) && g_.markers.Match(toks, k)) return true;
                                 return false;
                               }();
          if (topic_between) object = nullptr;
          else subject = nullptr;
        }
        // "X ने Y से Z से बात करके ... को कहा": X asks Y to talk with Z — who talks is Y, not X, and
        // whom X asks is Y, the first से.
        // (Only with a conjunctive participle: "घाना ने बेनिन से और टोगो से बात की" talks with both.)
        if (subject && object && subject->marker == "ने" && EffectiveHindiMarker(toks, *object, trig.begin) == "से") {
          const Phrase* asked = nullptr;
          for (const Phrase* p : before)
            if (!asked && p->begin >= subject->end && p->end <= object->begin && p->group != object->group && p->marker == "से")
              asked = p;
          bool leads_on = pe.relation == Relation::kRequest ? Between(toks, object->end, trig.begin, WordClass::kConjunctive)
                                                            : trig.end < toks.size() && g_.Is(WordClass::kConjunctive, toks, trig.end);
          if (asked && leads_on && pe.relation != Relation::kRequest) continue;
          if (asked && leads_on) object = asked;
        }
        if (!subject && passive_voice && object) subject = HostOfEnvoy(toks, pe, trig, *object, before);
        // "X का तख्तापलट करके राष्ट्रपति बने Y": a deed by which someone came to be something is
        // theirs, named after the participle (`became_participle`).
        if (trig.end < toks.size() && g_.Is(WordClass::kConjunctive, toks, trig.end))
          for (size_t j = trig.end + 1; j < toks.size() && j < trig.end + 5; ++j)
            if (g_.Is(WordClass::kBecameParticiple, toks, j)) {
              const Phrase* doer = nullptr;
              for (const Phrase* p : after)
                if (p->begin > j) {
                  if (p->begin <= j + 4 && !p->pronoun) doer = p;
                  break;
                }
              if (doer && !(object && doer->group == object->group) && !(subject && subject->marker == "ने")) subject = doer;
              break;
            }
        // Headlines also put the doer after the verb, closing the clause: "जापानी विदेश मंत्री से
        // मिले मैक्रों", "रूसी राष्ट्रपति से मिलेंगे मनमोहन".
        if (!subject && !passive_voice && !pe.nominal && !pe.subject_after && object && !NounInPhrase(toks, trig) &&
            !unresolved_agent_before(trig.begin))
          for (const Phrase* p : after) {
            bool adjacent = p->begin <= trig.end + 2;
            for (size_t j = trig.end; j < p->begin; ++j) adjacent = adjacent && toks[j].word;
            if (adjacent && (p->marker.empty() || p->marker == "ने") && p->group != object->group && closes_clause(*p))
              subject = p;
            break;
          }
        // Headlines put the object after the verb: "घाना ने गिराया टोगो का ड्रोन" — not after a
        // noun inside a postpositional phrase ("घाना वापसी के बाद कोफी मेंसा"), nor over a comma.
        if (subject && !object && !pe.nominal && !pe.subject_after && !NounInPhrase(toks, trig))
          for (const Phrase* p : after) {
            bool adjacent = p->begin <= trig.end + 2;
            for (size_t j = trig.end; j < p->begin; ++j) adjacent = adjacent && toks[j].word;
            if (adjacent && p->marker.empty() && p->group != subject->group) object = p;
            // "चीन पहुंचे पुतिन": a visit's place may come first, and the visitor, a person,
            // close the headline.
            if (object == p && closes_clause(*p) && pe.mode == "visit" && pe.location_object && subject->marker.empty() &&
                !IsPerson(lex_, subject->who) && IsPerson(lex_, p->who))
              std::swap(subject, object);
            break;
          }
      } else {
        // Passive: "X was attacked by Y".
        // "was attacked", "was reportedly attacked" — but not "was expected to meet".
        bool be_before = trig.begin > 0 && (g_.Is(WordClass::kBe, toks, trig.begin - 1) ||
                                            (trig.begin > 1 && g_.Is(WordClass::kBe, toks, trig.begin - 2) &&
                                             IsAdverb(toks, trig.begin - 1)));
        // ("is attacking", "have been battling" are progressive, not passive.)
        if (be_before && !pe.nominal && !pe.attribute && !EndsWith(toks[trig.begin], "ing")) {
          for (const Phrase* p : after)
            if (p->marker == "by" && (p->begin <= trig.end + 2 || AdjunctOnlyBetween(toks, trig.end, p->begin) ||
                                      (g_.Is(WordClass::kPassiveAgent, toks, trig.end) &&
                                       DeterminersOnlyBetween(toks, trig.end + 1, p->begin)))) {
              subject = p;
              passive = true;
              break;
            }
          if (passive) object = PrepositionalObjectAfter(pe, after, subject);  // "was blamed on Togo by Ghana"
          // "Togolese troops, which Ghana arms, ... which are backed by Ghana,": the relative clause's antecedent.
          if (passive && !object && trig.begin > 2)
            for (size_t r = trig.begin - 2; r + 3 >= trig.begin && r > 1 && !object; --r)
              if (g_.Is(WordClass::kRelative, toks, r) && IsPunct(toks[r - 1], ","))
                for (const Phrase& q : phrases)
                  if (PastAgentNouns(toks, q.end) == r - 1 && q.marker.empty() && !q.possessive) object = &q;
          // ("Ghana's step was welcomed by Togo": a statement or decision welcomed is no guest; the
          // possessor is the object only of relations that judge statements.)
          if (passive && !object)
            for (auto it = before.rbegin(); it != before.rend(); ++it)
              if ((*it)->marker.empty() && !((*it)->end < toks.size() && g_.Is(WordClass::kSpeech, toks, (*it)->end))) {
                if (!(*it)->possessive || !StatementAfter(toks, **it) || JudgesStatement(pe.relation)) object = *it;
                break;
              }
          // "X was met" without an agent says nothing about who — unless X, the verb's own subject
          // (its last phrase but for the post's place), is an envoy at a post.
          if (!passive)
            for (auto it = before.rbegin(); it != before.rend() && !passive; ++it) {
              const Phrase* envoy = *it;
              if (envoy->locative && envoy->marker == "in") continue;
              if (const Phrase* host = HostOfEnvoy(toks, pe, trig, *envoy, before); host && envoy->marker.empty()) {
                subject = host;
                object = envoy;
                passive = true;
              }
              break;
            }
          if (!passive) continue;
        }
        // A participle phrase names its agent with "by" and describes a phrase beside it:
        // "Mensah, blamed by Accra for the unrest," / "Backed by Ghana, the Togolese government ...".
        // Participles may be listed: "Togolese forces, trained and armed by Ghana,".
        const Phrase* by_agent = nullptr;
        size_t list_begin = ParticipleListBegin(toks, trig.begin);
        size_t by_at = ParticipleListEnd(toks, trig.end);
        // (A trigger that ends in its "by" takes the phrase right after it as the agent.)
        bool ends_in_by = toks[trig.end - 1].lower == "by";
        if (!passive && !pe.nominal && Participle(toks, trig.end - 1))
          for (const Phrase* p : after)
            if ((p->marker == "by" || (ends_in_by && p->begin >= trig.end)) &&
                (p->begin <= by_at + 2 || DeterminersOnlyBetween(toks, by_at + 1, p->begin))) {
              by_agent = p;
              break;
            }
        const Phrase* prepositional = by_agent ? PrepositionalObjectAfter(pe, after, by_agent) : nullptr;
        if (prepositional) {
          object = prepositional;  // "the bombing, blamed by Ghana on Togo,"
        } else if (by_agent && list_begin > 0 && IsPunct(toks[list_begin - 1], ",")) {
          for (const Phrase* p : before) {  // ("Togolese forces, backed by Ghana,": over the nouns that stand for it)
            size_t head_end = PastStateNouns(toks, p->end);  // (not "schools in Togo, funded by Ghana,")
            if (head_end + 1 == list_begin && (!p->possessive || head_end > p->end) && !p->locative) object = p;
          }
        } else if (by_agent && list_begin > 0) {
          // Without the comma, only after such nouns: "Togolese forces trained by the Ghanaian army".
          for (const Phrase* p : before)
            if (size_t head_end = PastStateNouns(toks, p->end);
                head_end == list_begin && (head_end > p->end || g_.Is(WordClass::kAgentNoun, toks, p->end - 1)) &&
                !p->locative)
              object = p;
        } else if (by_agent && list_begin == 0) {
          // The described phrase opens the main clause after the participle's comma.
          size_t comma = by_agent->end;
          while (comma < toks.size() && !IsPunct(toks[comma], ",")) ++comma;
          object = MainClauseOpener(toks, phrases, comma, 3);
        }
        if (by_agent && object) {
          subject = by_agent;
          passive = true;
        } else if (by_agent && pe.symmetric_pairs && GroupMembers(toks, phrases, by_agent->group).size() >= 2) {
          subject = by_agent;  // "the deal, signed by Ghana and Togo,": the signers pair up
          passive = true;
        } else if (by_agent) {
          object = nullptr;
        }
        if (!passive && ends_in_by) continue;  // "armed by" has no active voice
        if (!passive) {
          if (pe.nominal) {
            // "Russia's invasion of Ukraine", "Israeli air strikes on Gaza", "talks between X and Y".
            // ("his Tokyo meetings with Kishida", "the Washington summit between Ghana and Togo": a place
            // after one's own "his" or before a "between" pair is the venue.)
            auto venue = [&](const Phrase* p) {
              if (pe.relation != Relation::kConsult || p->possessive) return false;
              if (p->begin > 0 && g_.Is(WordClass::kPronounGenitive, toks, p->begin - 1)) return true;
              return p->place && !after.empty() && after.front()->marker == "between";
            };
            if (!before.empty() && before.back()->end + 1 >= trig.begin && !before.back()->locates_only &&
                (before.back()->possessive || before.back()->end == trig.begin) && !venue(before.back()))
              subject = before.back();
            // "talks by X", "the attack by Y" — but not "deals brokered by Ghana": a participle
            // before "by" names someone else's part (mediators are not parties).
            for (const Phrase* p : after) {
              if (p->marker != "by" || p->begin > trig.end + 3 || subject) continue;
              bool participle = false;
              for (size_t j = trig.end; j + 1 < p->begin; ++j)
                participle = participle || (toks[j].lower.size() > 4 && EndsWith(toks[j], "ed"));
              if (!participle) subject = p;
              // "attacks by Yemen's Houthi militias": the possessed actor does it.
              for (const Phrase* q : after)
                if (subject == p && p->possessive && q->begin == p->end) subject = q;
            }
            // "Ghana imposed more than 50 new sanctions on Togo": a support verb
            // shortly before the event noun lends it the clause's subject.
            // Not into a prepositional phrase: "pledged support for a fresh round of border talks" held none.
            // Verbs of ending carry only what is held or done by ending: "wrapped up a visit",
            // "concluded talks", "completed the withdrawal" — not "ended its cooperation with", which ends it.
            auto support_verb_at = [&](size_t k, size_t* e) {
              return g_.Is(WordClass::kSupportVerb, toks, k, e) ||
                     ((pe.relation == Relation::kConsult || pe.relation == Relation::kRetreat) && g_.Is(WordClass::kEndingVerb, toks, k, e));
            };
            for (size_t j = trig.begin; !subject && j > 0 && j + 6 > trig.begin; --j) {
              size_t unused = j - 1;
              if (support_verb_at(j - 1, &unused)) subject = EnglishSubject(toks, before, j - 1);
              // Another event between them takes the verb: one the event complements ("continued its
              // boycott of talks") or an infinitive ("continued to reject talks"); not "bombing raids".
              if (j < toks.size() && g_.triggers.Match(toks, j - 1) &&
                  (toks[j].lower == "of" || (j >= 2 && InfinitiveAt(toks, j - 2))))
                break;
              // "500 million in aid", "a round of talks", "wrote into law fresh sanctions", "offered to
              // start talks" stay inside the verb's object.
              const std::string& w = toks[j - 1].lower;
              bool infinitive = InfinitiveAt(toks, j - 1);
              // ...and "claimed responsibility for" ends in its own preposition.
              bool ends_support_verb = false;
              for (size_t k = j >= 4 ? j - 4 : 0; k + 1 < j && !ends_support_verb; ++k)
                if (size_t e = k; support_verb_at(k, &e) && e == j) ends_support_verb = true;
              if (g_.Is(WordClass::kPreposition, toks, j - 1) && w != "in" && w != "of" && w != "into" && !infinitive &&
                  !ends_support_verb)
                break;
            }
            // "Macron met Kishida ... on the last day of a two-day trip to Japan": a visit without its
            // own visitor is the sentence subject's (other events are not guessed this way).
            if (!subject && (pe.mode == "visit" || pe.sentence_doer) && sentence_subject_ && sentence_subject_->end <= trig.begin)
              subject = sentence_subject_;
            // "Ruiz told reporters after talks with Mori", "Ruiz, commenting after a summit with Mori, said": a
            // meeting in a time adjunct is the subject's.
            size_t meeting_adjunct = pe.relation == Relation::kConsult && pe.mode.empty() ? MeetingAdjunctAt(toks, trig) : kNone;
            // ("In his talk with Mori, Ruiz said": an opening adjunct's "his" is the
            // subject after its comma.)
            bool cataphoric = subject && subject->pronoun && meeting_adjunct == 0;
            if ((!subject || cataphoric) && meeting_adjunct != kNone)
              if (const Phrase* doer = MeetingInAdjunctDoer(toks, trig, meeting_adjunct, before); doer || !cataphoric) subject = doer;
            // "During a state visit to Chile, Ruiz offered ...": the opening adjunct's visit is
            // made by the subject of the clause after its comma.
            bool opening_adjunct = pe.mode == "visit" || meeting_adjunct == 0;
            if (!subject && opening_adjunct && g_.Is(WordClass::kPreposition, toks, 0) && before.empty()) {
              size_t comma = trig.end;
              while (comma < toks.size() && comma < trig.end + 12 && !IsPunct(toks[comma], ",")) ++comma;
              for (const Phrase* p : after) {
                if (comma >= toks.size() || !IsPunct(toks[comma], ",")) break;
                if (p->begin <= comma) continue;
                if (p->begin <= comma + 2 && p->marker.empty() && !p->possessive && !p->place && !p->pronoun) subject = p;
                break;
              }
            }
          } else {
            subject = EnglishSubject(toks, before, trig.begin);
            // "Ghana's threats to crush Togo": the threat's owner does the threatened act.
            if (!subject)
              if ((threat_owner = ThreatNounOwner(toks, before, trig))) subject = threat_owner;
            // "Lomé, which he accused of ...": a relative clause with its own subject has the
            // antecedent as its object, and its "it" is not the antecedent itself.
            // Only when nothing fills the verb's own object slot: "whom he called a weak leader" names.
            bool slot_empty = trig.end >= toks.size() || !toks[trig.end].word ||
                              g_.Is(WordClass::kPreposition, toks, trig.end) || g_.Is(WordClass::kClauseBreak, toks, trig.end);
            if (const Phrase* antecedent = subject && slot_empty ? ObjectRelativeAntecedent(toks, *subject) : nullptr) {
              if (subject->pronoun && subject->who == antecedent->who)
                subject = sentence_subject_ && sentence_subject_->end <= antecedent->begin ? sentence_subject_ : nullptr;
              if (subject && subject->group != antecedent->group) {
                object = antecedent;
                relative_object = true;
              }
            }
          }
          // "A rebel commander died in a Ghanaian air raid": who died in the attack is its target.
          if (pe.nominal && pe.relation == Relation::kAssault && subject && !passive)
            if (const Phrase* victim = CasualtyOfAttack(toks, before, *subject)) object = victim;
          for (const Phrase* p : after) {
            if (relative_object || object) break;
            if (subject && p->group == subject->group) continue;
            // "attacks by Yemen's Houthi militias on X": past the doer named after the noun (and its
            // possessor), the object is the very next phrase.
            bool doer_after = pe.nominal && subject && subject->begin >= trig.end;
            if (doer_after && p->possessive && p->end == subject->begin) continue;
            if (p->begin > (doer_after && subject->end <= p->begin ? subject->end + 3 : trig.end + 6)) break;
            // "Russia's ally Syria": the one named stands right after the noun ("Brazil's allies
            // attacked Chile" names no ally).
            if (pe.names_other && p->begin > trig.end) break;
            // "warned it could have repercussions": a pronoun before a modal opens a clause.
            if (p->pronoun && p->end < toks.size() && g_.Is(WordClass::kFuture, toks, p->end)) break;
            // "attacked rebel positions in the Togolese town": a preposition other than the
            // object's own marker (or "of") between trigger and phrase puts it out of reach.
            bool blocked = false;
            for (size_t j = trig.end; j < p->begin && !blocked; ++j) {
              // "attacks by the Houthis on Saudi Arabia": the doer's own "by" phrase is no barrier.
              if (pe.nominal && subject && toks[j].lower == "by" && subject->begin > j && subject->begin <= j + 4 &&
                  subject->end < p->begin) {
                j = subject->end - 1;
                continue;
              }
              blocked = (g_.Is(WordClass::kPreposition, toks, j) && toks[j].lower != "of" && !MarkerAllowed(pe, toks[j].lower) &&
                         !(toks[j].lower == "from" && AgentNounBeforeOf(toks, p->begin) != kNone)) ||
                        IsPunct(toks[j], ",") ||  // "ruled out a recount, three local radio stations said"
                        CoordinatedVerbAt(toks, j);  // "welcomed the deal and urged Iran"
            }
            // "seeking ways to expel Togo", "agreed to attack Togo": an infinitive's object is its own.
            bool own_infinitive = pe.relation == Relation::kRequest || pe.relation == Relation::kAgree;
            for (size_t j = trig.end; j < p->begin && !blocked && own_infinitive; ++j)
              blocked = (j + 1 < p->begin && InfinitiveAt(toks, j)) ||
                        (j == trig.end && toks[j - 1].lower == "to" && toks[j].word && !toks[j].capitalized &&
                         !g_.Is(WordClass::kDefiniteArticle, toks, j) && VerbTriggerAt(toks, j));
            if (blocked && !(pe.nominal && p->marker == "between")) break;
            // "lashed out at Japan": the trigger's own preposition does not make a place.
            bool own_marker = !p->marker.empty() && toks[trig.end - 1].lower == p->marker && p->begin <= trig.end + 1;
            if (p->locative && !pe.location_object && !own_marker) continue;
            if (p->marker == "by" && pe.nominal) continue;
            // "lauded his Beijing meetings": a place between one's own "his" and a meeting or visit
            // noun is where it was held, not whom the verb is about.
            if (p->begin > 0 && g_.Is(WordClass::kPronounGenitive, toks, p->begin - 1) && p->end < toks.size() &&
                [&] {
                  for (auto [pattern, e] : g_.triggers.MatchAll(toks, p->end))
                    if (g_.patterns[pattern].nominal && g_.patterns[pattern].relation == Relation::kConsult) return true;
                  return false;
                }())
              continue;
            // "met Navalny's widow": the possessor is not the one met — unless the noun stands for
            // it ("condemned Russia's forces", "attacked Iran's embassy").
            if (p->possessive && !PossessorStandsIn(toks, *p) && !StatementOfPossessor(toks, pe, *p)) continue;
            // "phoned two Togolese rebel groups", "killed Ghanaian farmers": people of a country
            // who are not its state are not the country.
            bool non_state = NonStateNear(toks, *p);
            // "shot a Palestinian": one person of a nation is not its state.
            bool one_national = p->begin > 0 && g_.Is(WordClass::kIndefinite, toks, p->begin - 1) &&
                                (p->end >= toks.size() || (!toks[p->end].word && !IsPunct(toks[p->end], "-")) || IsGrammarWord(toks, p->end) ||
                                 g_.Is(WordClass::kPreposition, toks, p->end));
            bool country = p->who.actor != kNoActor && lex_.actors()[p->who.actor].type == EntityType::kCountry;
            // (Not "Pakistan's civilian and military leaders": modifiers before a noun that stands for it.)
            if (non_state && country && !PossessorStandsIn(toks, *p)) continue;  // "released Palestinian prisoners to Hamas"
            if (one_national && country) break;  // the person fills the object slot
            // "called on Italy": the trigger's own preposition makes its object a direct one.
            if (MarkerAllowed(pe, p->marker) || (own_marker && MarkerAllowed(pe, "")) || (pe.nominal && p->marker == "between")) {
              object = p;
              break;
            }
            // "protested against the government of Togo": a body of the actor, reached
            // through an allowed preposition, stands for it.
            if (size_t head = p->marker == "of" || p->marker == "from" ? AgentNounBeforeOf(toks, p->begin) : kNone; head != kNone && head > 0) {
              size_t prep = head - 1;
              // ("talked with senior army officials from X": an adjective or two before the noun.)
              for (int skip = 0; skip < 2 && prep >= trig.end && toks[prep].word && !toks[prep].capitalized &&
                                 !IsGrammarWord(toks, prep) && !g_.Is(WordClass::kPreposition, toks, prep);
                   ++skip)
                --prep;
              if (prep > 0 && g_.Is(WordClass::kDefiniteArticle, toks, prep)) --prep;
              if (MarkerAllowed(pe, toks[prep].lower) || (prep + 1 == trig.end && MarkerAllowed(pe, ""))) {
                object = p;
                break;
              }
            }
            if (!p->marker.empty() && p->marker != "of" && p->marker != "from") break;
          }
        }
      }

      // "the Bank granted Ghana's plea": a pattern whose context names what is granted needs it
      // right after the object ("accepted Togo's offer after Benin's appeal" grants nothing).
      if (!hindi && pe.relation == Relation::kConcede && !pe.context.empty() && object) {
        bool named = false;
        for (size_t j = object->end; j < toks.size() && j < object->end + 2 && !named; ++j) named = pe.context.Match(toks, j).has_value();
        if (!named) continue;
      }

      // "called Togo a threat": naming someone, not telephoning them.
      if (!hindi && pe.mode == "telephone" && object && object->end < toks.size() &&
          g_.Is(WordClass::kIndefinite, toks, object->end))
        continue;

      // "The group said Ghana must pull out its troops": who says another must act asks it to.
      if (pe.demand) {
        subject = object = nullptr;
        // Hindi: the genitive right before the noun ("धमाके में अल-शबाब का हाथ था"), or for a
        // pattern with an unmarked object the clause's bare subject a few words before it
        // ("टोगो इस हमले में शामिल है").
        bool unmarked = std::find(pe.object_markers.begin(), pe.object_markers.end(), "-") != pe.object_markers.end();
        // A pattern without context words wants its subject close: "पाकिस्तान आतंकवाद का केंद्र है",
        // "कोफी मेंसा ने फैलाया आतंकवाद" (its ने, when the pattern lists it).
        auto near_subject = [&](const Phrase* p) {
          if (!pe.context.empty()) return ContextBetween(toks, pe, p->end, trig.begin);
          for (size_t j = p->marker_end; j < trig.begin; ++j)
            if (g_.markers.Match(toks, j) || g_.triggers.Match(toks, j) || !toks[j].word) return false;
          return trig.begin <= p->marker_end + 2;
        };
        for (const Phrase* p : before)
          if (hindi ? (p->marker_end == trig.begin && (p->marker == "का" || p->marker == "के" || p->marker == "की") &&
                       (MarkerAllowed(pe, "का") || MarkerAllowed(pe, "के"))) ||
                          (unmarked && (p->marker.empty() || (p->marker == "ने" && MarkerAllowed(pe, "ने"))) && !p->pronoun &&
                           p->end <= trig.begin && trig.begin <= p->end + 4 && p == before.back() && near_subject(p))
                    : p->end == trig.begin && p->marker.empty() && !p->possessive)
            object = p;
        const Phrase* speaker = attribution.first_speaker;
        // The speaker's clause or the "that" clause right after it, and somebody else.
        if (!object || !speaker || speaker->end > object->begin || speaker->group == object->group ||
            speaker->who == object->who || clause[object->begin] - clause[speaker->begin] > 1)
          continue;
        // Not a leader about their own state ("Mensah wrote that Ghana and Togo should ..."), nor a
        // passive ("Mensah should be judged on his record" asks nothing of Mensah).
        bool own_state = false;
        for (const Referent& r : GroupMembers(toks, phrases, object->group))
          own_state = own_state || HomeState(speaker->who, phrases, speaker->group, r) || speaker->anchor == r;
        if (own_state || (trig.end < toks.size() && g_.Is(WordClass::kBe, toks, trig.end))) continue;
        // Whose the speaker is must be known, so a state is not asked by its own people: a person needs
        // an office ("a senior Ghanaian official", "Owusu, deputy minister of ..."); a party never counts.
        EntityType type = speaker->who.actor == kNoActor ? EntityType::kPerson : lex_.actors()[speaker->who.actor].type;
        bool known_person = doc_.titles_given.count(speaker->who.Key()) > 0;
        for (const Phrase& p : phrases) known_person = known_person || (p.who == speaker->who && p.title >= 0);
        if (speaker->who.actor != kNoActor && type == EntityType::kPerson)
          known_person = known_person || !lex_.RolesOf(speaker->who.actor).empty();
        if (type == EntityType::kParty || (type == EntityType::kPerson && !speaker->anchor.valid() && !known_person)) continue;
        subject = speaker;
      }
      // "Mensah's remarks drew praise from Togo", "Owusu won the backing of the Liberals": the
      // phrase after the trigger did it, to the subject (or the possessor of what the subject said).
      if (!hindi && pe.reverse && object) {
        const Phrase* patient = subject;
        if (!patient)
          for (auto it = before.rbegin(); it != before.rend() && !patient; ++it)
            if ((*it)->possessive && clause[(*it)->begin] == tc && StatementOfPossessor(toks, pe, **it)) patient = *it;
        if (!patient || patient->group == object->group) continue;
        subject = object;
        object = patient;
      }
      // "टोगो को घाना से धन मिलता है": what one receives from another, the other gives; the receiver
      // is marked with को in the trigger's clause.
      if (hindi && pe.reverse && object) {
        const Phrase* receiver = nullptr;
        for (const Phrase* p : before)
          if (clause[p->begin] == tc && p->group != object->group && !p->pronoun &&
              EffectiveHindiMarker(toks, *p, trig.begin) == "को")
            receiver = p;
        // (A region is where it comes from, not who gives it: "... कब्जे वाले कश्मीर से". And the
        // से must be the trigger's own, with only amounts and kinds between: not "रूस से लड़ने के लिए
        // हथियार", "सेना से छीने गए हथियार", "X से जुड़े लोगों के जरिए धन".)
        bool region = object->who.actor != kNoActor && lex_.actors()[object->who.actor].type == EntityType::kRegion;
        if (!receiver || region || object->place || !VerbFreeGap(toks, object->marker_end, trig.begin)) continue;
        subject = object;
        object = receiver;
      }
      // "accusations by Ghana's president that Lomé wanted ...", "आरोप लगाया कि पाकिस्तान ने
      // ...": an accusation without its own object accuses the doer of the clause it introduces.
      if (!object && subject && pe.relation == Relation::kAccuse) object = AccusedInClause(toks, trig, *subject);
      // "demanded that Togo withdraw": who is to act is asked to — not one to be acted on ("that Togo be expelled").
      if (!hindi && !object && subject && !(pe.nominal && subject->pronoun) && pe.relation == Relation::kRequest &&
          trig.end < toks.size() && toks[trig.end].lower == "that")
        if (const Phrase* asked = AccusedInClause(toks, trig, *subject);
            asked && !(asked->end < toks.size() && g_.Is(WordClass::kBe, toks, asked->end)))
          object = asked;
      // Negation and denial produce no triple; announced events are "future".
      // (A passive's agent follows the verb: "was not signed by X" is read back from the verb.)
      size_t span_from = subject && subject->end <= trig.begin ? subject->end : (trig.begin > 3 ? trig.begin - 3 : 0);
      // "threatened to impose tariffs, accusing Peru of ...": the participle's own clause decides.
      if (!hindi && ParticipleClauseAt(toks, trig.begin)) span_from = trig.begin;
      // "Mensah did not tour Ghana, but toured Togo": a contrast after the negation asserts again.
      for (size_t j = span_from; !hindi && j < trig.begin; ++j)
        if (g_.Is(WordClass::kContrast, toks, j)) span_from = j;
      if (hindi ? Between(toks, trig.begin > 3 ? trig.begin - 3 : 0, std::min(toks.size(), trig.end + 3), WordClass::kNegation) ||
                      RefusedVerbalNoun(toks, trig) || (pe.relation != Relation::kRequest && DemandedVerbalNoun(toks, trig))
                : Between(toks, span_from, trig.begin, WordClass::kNegation))
        continue;
      if (Cancelled(toks, trig, pe, clause) || Conditional(toks, trig, clause)) continue;
      // "X ने Y को दंडित करने की मांग रखी": a "को" before a verbal noun marks its patient; a demand is
      // made "से" someone.
      // (With "आग्रह", "अपील" the one urged stands with "को": "ईरान को ... बंद करने का आग्रह किया".)
      // ("गुजरात के चुनावों को ... का आग्रह": a thing of an actor's is not asked anything.)
      if (hindi && pe.relation == Relation::kRequest && object && (object->marker == "का" || object->marker == "की" || object->marker == "के") &&
          EffectiveHindiMarker(toks, *object, trig.begin) == "को")
        object = nullptr;
      if (hindi && pe.relation == Relation::kRequest && object && g_.Is(WordClass::kDemandWord, toks, trig.begin) &&
          EffectiveHindiMarker(toks, *object, trig.begin) == "को")
        for (size_t j = object->end; j < trig.begin; ++j)
          if (VerbalNounAt(toks, j)) {
            // "टोगो से कोफी मेन्सा को सौंपने की मांग की" asks Togo; "इराक से सैनिकों को हटाने की
            // मांग" (`removal_verb`) names where from.
            const Phrase* asked = nullptr;
            for (const Phrase& q : phrases)
              if (q.end <= object->begin && (!subject || q.begin >= subject->end) && q.marker == "से") asked = &q;
            if (g_.Is(WordClass::kRemovalVerb, toks, j)) asked = nullptr;
            object = asked;
            break;
          }
      // "एजेंसी से बात करते हुए ...": talking to the press is no meeting with it.
      if (pe.relation == Relation::kConsult && object && object->who.actor != kNoActor &&
          lex_.actors()[object->who.actor].type == EntityType::kMedia)
        continue;
      // "काबुल पहुंचकर तालिबान ने ...": fighters reaching a city on their way to act make no
      // diplomatic visit (a delegation arriving does).
      if (pe.mode == "visit" && subject && subject->who.actor != kNoActor && hindi && ConjunctiveTrigger(toks, trig.end) &&
          lex_.actors()[subject->who.actor].type == EntityType::kArmedGroup)
        continue;
      if (attribution.denied && attribution.claim_at < trig.begin && !RelativeOrContrastBetween(toks, attribution.claim_at, trig.begin))
        continue;
      Modality modality = Modality::kAsserted;
      if (attribution.claimed && (hindi ? attribution.claim_at < trig.begin
                                        : !(attribution.claim_at < trig.begin &&
                                            RelativeOrContrastBetween(toks, attribution.claim_at, trig.begin))))
        modality = Modality::kClaimed;
      // "ahead of Modi's visit", "a possible Israeli strike on Iran": an event noun announced, not reported.
      if (!hindi && pe.nominal) {
        size_t np = subject ? std::min(subject->begin, trig.begin) : trig.begin;
        if (Between(toks, np > 3 ? np - 3 : 0, np, WordClass::kProspective)) modality = Modality::kFuture;
      }
      if (future_noun) modality = Modality::kFuture;
      // "टोगो पर हमला करने का फैसला किया", "हमले की योजना बनाई", "वार्ता शुरू करने का निर्णय": an act
      // decided or planned.
      if (hindi) {
        size_t j = trig.end;
        while (j < toks.size() && j < trig.end + 2 && VerbalNounAt(toks, j)) ++j;
        if (size_t past = PastVerbalNoun(toks, trig, 1)) j = std::max(j, past);
        // ("हमला करने पर सहमति नहीं दी": an act not agreed to is none at all.)
        if (size_t e = j; g_.Is(WordClass::kProspective, toks, j, &e)) {
          if (Between(toks, e, std::min(toks.size(), e + 3), WordClass::kNegation)) continue;
          modality = Modality::kFuture;
        }
      }
      if (!hindi && modality == Modality::kAsserted && AccusedOfDoing(toks, triggers, trig)) modality = Modality::kClaimed;
      // Hindi headlines may put the auxiliary first: "के बीच होगी वार्ता".
      if (FutureAround(toks, hindi ? (trig.begin > 0 ? trig.begin - 1 : 0) : span_from, trig.begin, trig.end))
        modality = Modality::kFuture;

      // A date said in the sentence belongs to the trigger nearest to it; a trigger that no
      // date belongs to happened on the article's date.
      std::vector<DateMention> dates = FindDates(toks, modality == Modality::kFuture);
      const DateMention* best = nullptr;
      auto dist = [](size_t a, size_t b) { return a > b ? a - b : b - a; };
      for (const DateMention& d : dates) {
        const Trigger* nearest = nullptr;
        for (const Trigger& other : triggers)
          if (!nearest || dist(d.at, other.begin) < dist(d.at, nearest->begin)) nearest = &other;
        if (nearest->begin != trig.begin) continue;
        if (!best || dist(d.at, trig.begin) < dist(best->at, trig.begin)) best = &d;
      }
      Date date = best ? best->date : doc_.article_date.value_or(Date{});
      bool from_text = best != nullptr;

      double confidence = 0.8;
      if (pe.nominal) confidence -= 0.15;
      if (subject && (subject->pronoun || (!subject->person_named && subject->title >= 0))) confidence -= 0.1;

      std::vector<Referent> subjects = subject ? GroupMembers(toks, phrases, subject->group) : std::vector<Referent>{};
      std::vector<Referent> objects = object ? GroupMembers(toks, phrases, object->group) : std::vector<Referent>{};
      if (!object && claimed_victim.valid()) objects = {claimed_victim};
      // "Ghana and Togo accused each other", "घाना और टोगो ने एक-दूसरे पर आरोप लगाए": each did it to
      // the other (Emit skips an actor's act on itself).
      if (objects.empty() && subjects.size() >= 2 && !pe.symmetric_pairs && ReciprocalObject(toks, *subject, trig))
        objects = subjects;
      // "met Togo's army chiefs, including General Asante and General Mensah": the people
      // named after "including" were met too.
      if (!hindi && object)
        if (const Phrase* included = IncludedAfter(toks, phrases, *object))
          for (const Referent& r : GroupMembers(toks, phrases, included->group))
            if (std::find(objects.begin(), objects.end(), r) == objects.end()) objects.push_back(r);
      // "IS carried out three bombings in Aleppo", "कराची में तालिबान ने हमला किया": an armed
      // group's attack that names no target strikes the state it happens in.
      if (objects.empty() && pe.relation == Relation::kAssault && subject && !subject->pronoun && !passive &&
          subject->who.actor != kNoActor && lex_.actors()[subject->who.actor].type == EntityType::kArmedGroup &&
          !AttackOnRebels(toks, trig))
        if (Referent where = CountryAttackedIn(phrases, clause, trig); where.valid()) {
          objects = {where};
          confidence -= 0.2;
        }
      // "Ruiz warned he would strike Mali", "threatened to impose sanctions on Peru": the
      // threatened act is the threat's content (the THREATEN fact), not an event of its own.
      bool hostile = pe.relation == Relation::kAssault || pe.relation == Relation::kSanction || pe.relation == Relation::kCoerce;
      const Phrase* warner = hostile && modality == Modality::kFuture && subject ? WarnerOf(toks, *subject) : nullptr;
      size_t threat_end = hindi && hostile ? ThreatenedVerbalNoun(toks, trig) : 0;
      bool threatened_act = hostile && (hindi ? threat_end > 0
                                              : (modality == Modality::kFuture && ThreatenedInfinitive(toks, trig)) ||
                                                    (subject && subject == threat_owner));
      // "... हमला करने की धमकी नहीं दी": a threat denied is none.
      if (threat_end && Between(toks, threat_end, std::min(toks.size(), threat_end + 3), WordClass::kNegation)) continue;
      // A threat someone claims was made is the claimant's claim.
      Modality threat_modality = attribution.claimed ? Modality::kClaimed : Modality::kAsserted;
      bool emitted = false;
      if (!subjects.empty() && !objects.empty()) {
        for (const Referent& a : subjects)
          for (const Referent& b : objects) {
            if (pe.mode == "visit" && HomeState(a, phrases, subject->group, b)) continue;
            bool own_threat = warner && (warner->who == a || HomeState(warner->who, phrases, warner->group, a));
            if (own_threat && !(warner->who == b))
              Emit(index, s, warner->who, Relation::kThreaten, "", "threatened", b, date, from_text, threat_modality,
                   attribution, confidence - 0.1);
            if (threatened_act && !own_threat)
              Emit(index, s, a, Relation::kThreaten, "", "threatened", b, date, from_text, threat_modality, attribution,
                   confidence - 0.1);
            if (own_threat || threatened_act) {
              emitted = true;  // the reading is taken: no other reading of this word
              continue;
            }
            // "the Attorney General warned the Prime Minister that ...": a warning between officials
            // of one state is advice, not a threat.
            if (pe.advice) {
              std::string state = StateServed(a);
              if (!state.empty() && state == StateServed(b)) continue;
            }
            // "भाजपा का टोगो पर हमला": a political party's attack is made with words, and so is a
            // person's on another person or a party ("मेंसा ने आसांते पर हमला बोला").
            auto party_actor = [&](const Referent& r) { return r.actor != kNoActor && lex_.actors()[r.actor].type == EntityType::kParty; };
            bool words = party_actor(a) || (IsPerson(lex_, a) && (IsPerson(lex_, b) || party_actor(b)));
            // "विपक्षी नेता ने सरकार पर हमला बोला", "मंत्रालय ने बयान जारी कर ... हमला बोला": with the
            // `speaker_words` flag, a person, body or medium speaks, and so does anyone amid words of speech.
            // (Not forces: an organisation may be an army, "बीएसएफ ने ... हमला बोला". The words of speech
            // stand between the doer and the trigger, or just before it: "बयान जारी कर", "तीखा".)
            if (pe.speaker_words) {
              EntityType type = a.actor == kNoActor ? EntityType::kPerson : lex_.actors()[a.actor].type;
              words = words || type == EntityType::kPerson || type == EntityType::kMedia;
              size_t from = subject && subject->end <= trig.begin ? std::max(subject->end, subject->marker_end)
                                                                   : (trig.begin > 3 ? trig.begin - 3 : 0);
              for (size_t j = from; j < trig.begin && !words; ++j) words = g_.Is(WordClass::kSpeechContext, toks, j);
            }
            if (pe.party_words && words)
              Emit(index, s, a, Relation::kAccuse, "", "accused", b, date, from_text, modality, attribution, confidence - 0.1);
            else
              Emit(index, s, a, pe.relation, pe.mode, pe.predicate, b, date, from_text, modality, attribution, confidence);
            emitted = true;
            // "the Bank granted Ghana's plea": whose request was granted made it of the grantor.
            if (pe.relation == Relation::kConcede && !hindi && object->possessive && !pe.context.empty())
              for (size_t j = object->end; j < toks.size() && j < object->end + 2; ++j)
                if (pe.context.Match(toks, j)) {
                  Emit(index, s, b, Relation::kRequest, "", "asked", a, date, from_text, modality, attribution, confidence - 0.1);
                  break;
                }
            // "X ने घाना पर हमले के लिए टोगो को जिम्मेदार ठहराया": the one blamed for an attack on
            // another attacked it, as the blamer claims.
            if (pe.blame && modality == Modality::kAsserted)
              if (const Phrase* target = TargetOfBlamedAttack(toks, phrases, *object, trig);
                  target && !(target->who == b) && !(target->who == a))
                Emit(index, s, b, Relation::kAssault, "", "attacked", target->who, date, from_text, Modality::kClaimed,
                     Attribution{{a}}, confidence - 0.2);
            // "नेपाल ने कहा कि जैश ने हमले किए", "Kyiv said Russia struck ...": who
            // says another attacked accuses it (not a news agency, which only reports).
            if (pe.relation == Relation::kAssault && modality != Modality::kFuture)
              for (const Referent& speaker : attribution.speakers)
                if (!SameSide(speaker, a, phrases) && Accuser(speaker) && !SpeakerContrasted(toks, phrases, speaker, trig, object) &&
                    !AfterClosingSpeaker(toks, phrases, speaker, trig))
                  Emit(index, s, speaker, Relation::kAccuse, "", "accused", a, date, from_text, Modality::kAsserted,
                       Attribution{}, confidence - 0.2);
          }
      } else if (pe.symmetric_pairs) {
        // "X and Y signed a treaty", "talks between X and Y", "X और Y के बीच वार्ता": every pair.
        const std::vector<Referent>& group = subjects.size() >= 2 ? subjects : objects;
        bool between = object && (object->marker == "के बीच" || (pe.nominal && (object->marker == "between" || object->marker == "of")));
        if (group.size() >= 2 && (subjects.size() >= 2 || between)) {
          for (size_t a = 0; a < group.size(); ++a)
            for (size_t b = a + 1; b < group.size(); ++b) {
              Emit(index, s, group[a], pe.relation, pe.mode, pe.predicate, group[b], date, from_text, modality,
                   attribution, confidence - 0.05);
              emitted = true;
            }
        }
      }
      if (emitted) read_at = trig.begin;
      if (emitted && from_text && date.full()) doc_.last_event_date = date;
      // "Washington's allies seized ...": the possessor of someone else is not the clause subject.
      if (subject && !passive && !pe.names_other && !sentence_subject_) sentence_subject_ = subject;
      if (subject && !passive) sentence_subject = subject->who;
    }

    // Salience: names count, subjects count more; the subject person is what "he"/"उन्होंने" means next.
    for (const Phrase& p : phrases) {
      double w = p.pronoun ? 0.5 : 1.0;
      if (hindi ? (p.marker == "ने" || p.marker.empty()) : (p.marker.empty() && !p.possessive)) w += 1.0;
      Touch(p.who, w);
    }
    if (!sentence_subject.valid())
      for (const Phrase& p : phrases)
        if ((hindi ? (p.marker == "ने") : (p.marker.empty() && !p.possessive)) && IsPerson(lex_, p.who)) {
          sentence_subject = p.who;
          break;
        }
    if (sentence_subject.valid() && IsPerson(lex_, sentence_subject)) doc_.last_subject_person = sentence_subject;
  }

  // One triple per fact per document: the most confident, earliest statement wins; a stated date
  // beats the article date.
  std::vector<Triple> Deduplicate() {
    std::map<std::string, size_t> best;
    std::vector<Triple> out;
    for (Triple& t : triples_) {
      std::string a = t.subject.id, b = t.object.id;
      if (IsSymmetric(t.relation) && b < a) std::swap(a, b);
      std::string key = a + "\t" + std::string(RelationName(t.relation)) + "\t" + b;
      auto it = best.find(key);
      if (it == best.end()) {
        best[key] = out.size();
        out.push_back(std::move(t));
        continue;
      }
      Triple& kept = out[it->second];
      auto score = [](const Triple& x) {
        return x.confidence + (x.date_source == "text" ? 0.05 : 0) + (x.modality == Modality::kAsserted ? 0.02 : 0);
      };
      if (score(t) > score(kept) + 1e-9) kept = std::move(t);
    }
    std::stable_sort(out.begin(), out.end(), [](const Triple& x, const Triple& y) { return x.sentence < y.sentence; });
    return out;
  }

  const Lexicon& lex_;
  const Grammar& g_;
  DocState doc_;
  const std::vector<Phrase>* all_phrases_ = nullptr;  // the sentence being read
  const Phrase* sentence_subject_ = nullptr;          // its first subject (or speaker) so far
  std::vector<Triple> triples_;
};

}  // namespace

Result<std::unique_ptr<Extractor>> Extractor::Load(const std::string& data_dir) {
  auto lex = Lexicon::Load(data_dir);
  if (!lex.ok()) return lex.status();
  std::unique_ptr<Extractor> e(new Extractor());
  e->lexicon_ = std::move(lex).value();
  e->fingerprint_ = std::string(kLogicVersion) + ":" + e->lexicon_->digest();
  return e;
}

Extractor::~Extractor() = default;

std::vector<Triple> Extractor::Extract(const Article& article) const {
  std::string lang_code = article.lang.empty() ? DetectLanguage(article.text) : article.lang;
  auto lang = ParseLang(lang_code);
  if (!lang) return {};
  return DocumentExtractor(*lexicon_, article, *lang).Run();
}

ActorRef Extractor::ResolveName(std::string_view name) const {
  ActorRef ref;
  std::vector<Token> toks = lexicon_->segmenter().Tokenize(name);
  size_t words = 0;
  for (const Token& t : toks) words += t.word;
  for (const PhraseTable* table : {&lexicon_->actor_names(), &lexicon_->place_names()}) {
    auto m = table->Match(toks, 0);
    if (!m) {
      // Names typed in lower case still resolve.
      std::vector<Token> relaxed = toks;
      for (Token& t : relaxed) t.capitalized = t.all_caps = true;
      m = table->Match(relaxed, 0);
    }
    size_t matched_words = 0;
    if (m)
      for (size_t i = 0; i < m->second; ++i) matched_words += toks[i].word;
    if (m && matched_words == words) {
      const ActorEntry& a = lexicon_->actors()[m->first];
      ref.id = a.id;
      ref.name = a.name_en;
      ref.name_hi = a.name_hi;
      ref.type = a.type;
      return ref;
    }
  }
  return ref;
}

}  // namespace jaal::extract

// Everything the extractor knows, loaded from the data files under the lexicon directory:
// actors and their names, offices held over time, event patterns and the grammar words of
// each language. Nothing here is specific to one article.
#pragma once

#include <array>
#include <functional>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "jaal/core/date.h"
#include "jaal/core/model.h"
#include "jaal/core/status.h"
#include "text.h"
#include "transliterate.h"

namespace jaal::extract {

enum class Lang : std::uint8_t { kEn = 0, kHi = 1 };
inline constexpr int kLangCount = 2;
std::optional<Lang> ParseLang(std::string_view code);

/// How a name in a phrase table must be cased in English text (Devanagari has no case).
enum class CaseRule : std::uint8_t { kAny, kInitialCap, kAllCaps };

/// A multi-word phrase, matched on token keys; punctuation inside names ("Jong-un", "U.S.") is
/// skipped on both sides.
struct Phrase {
  std::vector<std::string> keys;
  std::vector<CaseRule> cases;
  int value = 0;  // what the phrase stands for (actor, title, marker... index)
};

/// Longest-match lookup of phrases starting at a token.
class PhraseTable {
 public:
  void Add(const std::vector<Token>& tokens, int value, bool case_sensitive);
  /// The longest phrase starting at tokens[i]: (value, index past the last matched token).
  std::optional<std::pair<int, size_t>> Match(const std::vector<Token>& tokens, size_t i) const;
  /// Every phrase starting at tokens[i], longest first.
  std::vector<std::pair<int, size_t>> MatchAll(const std::vector<Token>& tokens, size_t i) const;
  bool empty() const { return by_first_.empty(); }

  /// std::hash of the token's key (tokens made outside the segmenter may lack key_hash).
  static std::size_t KeyHashOf(const Token& t) {
    return t.key_hash ? t.key_hash : std::hash<std::string_view>{}(t.key);
  }

  // Looked up by a token's key with its precomputed hash (heterogeneous lookup), so the many word
  // classes probed at every token do not rehash the word each time.
  struct KeyRef {
    std::string_view key;
    std::size_t hash;
  };
  struct KeyHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    std::size_t operator()(const std::string& s) const { return std::hash<std::string_view>{}(s); }
    std::size_t operator()(const KeyRef& k) const { return k.hash; }
  };
  struct KeyEq {
    using is_transparent = void;
    bool operator()(const std::string& a, const std::string& b) const { return a == b; }
    bool operator()(const KeyRef& a, const std::string& b) const { return a.key == b; }
    bool operator()(const std::string& a, const KeyRef& b) const { return a == b.key; }
  };

 private:
  const std::vector<Phrase>* Bucket(const Token& first) const;
  void AddToFilter(std::size_t hash);
  std::unordered_map<std::string, std::vector<Phrase>, KeyHash, KeyEq> by_first_;
  // One bit per first-key hash (a one-hash Bloom filter, ~16 bits per key): most words start no
  // phrase, and this rejects them without walking the hash table's scattered buckets.
  std::vector<std::uint64_t> filter_;
};

struct ActorEntry {
  std::string id;
  EntityType type = EntityType::kUnknown;
  std::string name_en;
  std::string name_hi;
  std::string wikidata;
  // Whether a bare last name, in an article that never gives the full name, may mean this person
  // ("Thatcher"). False for the office holders of actors/officeholders*.tsv, whose surnames are
  // too many and too common ("Farah", "Malik") to stand alone.
  bool known_by_surname = true;
};

/// An office ("defence minister"); kind is head, minister, official or minor.
struct TitleEntry {
  std::string key;
  std::string kind;
  std::string label_en;  // first English form, for predicates
  bool posted = false;        // held at a body, for another: "U.N. ambassador" is posted to the UN
  bool state_office = false;  // of a national government: with no country named, the dateline's
};

/// A legislature whose members an office names without naming it ("Senator X"): the country's
/// chamber, and the regions whose members sit in it ("Sen. X of Nevada"). From chambers.tsv.
struct ChamberEntry {
  int title = -1;
  int country = -1;
  int body = -1;
  std::vector<int> regions;
};

/// `person` held `title` in `org` from..to (to empty = still holds it).
struct RoleEntry {
  int person = -1;
  int title = -1;
  int org = -1;
  Date from, to;
};

/// Argument-taking behaviour of a trigger (see docs/extraction.md).
struct PatternEntry {
  Relation relation = Relation::kConsult;
  std::string mode;
  std::string predicate;
  std::vector<std::string> object_markers;  // Hindi postpositions / English prepositions; "-" = unmarked/direct
  bool symmetric_pairs = false;  // "X and Y signed": coordinated subjects pair up
  bool nominal = false;          // a noun: "X's meeting with Y", "talks between X and Y"
  bool location_object = false;  // the object may be a place ("arrived in Pyongyang")
  bool reverse = false;          // English: the phrase after the trigger is the doer ("drew praise from Israel")
  bool object_before = false;    // Hindi: object precedes the trigger (SOV)
  bool light_verb = false;       // Hindi noun that is an event only with a light verb ("मुलाकात की")
  bool subject_after = false;    // Hindi headline: the doer follows ("रूस की यात्रा पर किम")
  bool first_object = false;     // Hindi: the object is the first marked phrase after the agent ("X ने Y से Z को ... देने को कहा")
  bool participle = false;       // Hindi: a participle before its doer, a named person with ने ("भारत आए ओबामा ने")
  bool victim = false;           // Hindi attack noun: who died in it is its object ("हमले में Y के जवान मारे गए")
  bool attribute = false;        // English adjective or noun after "be" ("was critical of", "is a critic of"), not a passive
  bool sentence_doer = false;    // a noun without its own doer is the sentence subject's ("a visit to", "a joint news conference with")
  bool names_other = false;      // the noun names someone other than its possessor ("Washington's allies")
  bool demand = false;           // the speaker does it to the phrase before: "X said Y must leave", "X ने कहा कि ... Y का हाथ है"
  bool party_words = false;      // a political party's attack of this kind is made with words (ACCUSE)
  bool causative = false;        // Hindi: "हमला करवाया", having it done, is doing it
  bool blame = false;            // Hindi: blaming for an attack on another claims the attack ("Y पर हमले के लिए X को दोषी ठहराया")
  bool speaker_words = false;    // a person, party or medium, or anyone with words of speech before it, attacks with words
  bool advice = false;           // a warning: between officials of one state it is advice, no threat
  bool envoy = false;            // summoning or expelling: an envoy at a post, in the passive with no agent, is the host state's object
  bool genitive_doer = false;    // Hindi event noun whose genitive/demonym is its doer even under another verb's subject
  bool closing = false;          // the noun ends its clause: a nominal headline ("टोगो को घाना की चेतावनी")
  PhraseTable context;           // one of these must stand in the clause ("sent" + "troops")
  PhraseTable exclude;           // none of these may follow in the clause ("held X responsible" is no arrest)
};

/// A grammar word class of one language, as listed in grammar/<lang>.tsv.
enum class WordClass : std::uint8_t {
  kNegation, kFuture, kSpeech, kClaim, kDeny, kClauseBreak, kCoordination, kBe, kPreposition,
  kLocative, kStop, kAgentMarker, kPassiveAgent, kGenitive, kAccordingTo, kLightVerb, kPronounSubject,
  kPronounObject, kPronounGenitive, kPronounOther, kAnaphorTitle, kAgentNoun, kAuxiliary, kPassiveAux, kSupportVerb, kNonPersonWord, kHonorific, kNonStateNoun,
  kProspective, kOfficeModifier, kStatementNoun, kGovernmentNoun, kBecome, kControlVerb, kIndefinite,
  kPeerTitle, kCancel, kKinNoun, kCasualty, kVictimNoun, kCountWord, kResponsibility, kTopicNoun, kCondition, kConsequence, kParticiple, kClaimNoun, kSpeakerPronoun, kLedBy, kVerbFollower, kOfficeCompound, kPassiveParticiple, kRebelNoun, kPlaceNoun, kDocumentNoun, kBodyNoun,
  kTimePeriod, kTimeDeterminer, kSubordinator, kMeetingAdjunct, kContrast, kConjunctive, kAdverbialParticiple,
  kArticle, kDefiniteArticle, kNameSuffix, kAgain, kCausativeLightVerb, kIntensifier, kCopula, kAlso, kPresenceAdverb, kPerfect, kQuantifier, kRelative, kPronounPlural, kPurpose, kFormer, kContinue, kDirection, kFinding, kComplementizer, kPostPreposition, kStancePrefix, kNotActor, kPronounWe, kThingNoun, kHypotheticalAdjective, kEndingVerb, kTeamNoun, kReciprocal, kHomeward, kHelpTask, kTimeSubordinator, kBecameParticiple, kAssetNoun, kSpeechContext, kPlotNoun, kRelativePronoun, kRemovalVerb, kRelativeAgent, kRelativeObject, kRelativeSource, kPairOfStates, kPairOfLeaders, kPairOfGroups, kPairOfSides, kLevelNoun, kStopVerb, kNonStateOffice, kPersonNoun, kNotNameWord, kPairOpener,
  kClauseSubordinator, kHelpVerb, kDemandWord, kRefusalWord,
  kCount
};

struct Grammar {
  std::array<PhraseTable, static_cast<size_t>(WordClass::kCount)> classes;
  PhraseTable markers;                   // postpositions / prepositions; value = marker index
  std::vector<std::string> marker_names; // the marker's canonical form ("के साथ")
  PhraseTable months;                    // value = 1..12
  PhraseTable weekdays;                  // value = 0 (Monday) .. 6
  PhraseTable relative_days;             // value = offset in days + 1000 (so 999 = yesterday)
  PhraseTable relative_event_days;       // "a day earlier": offset from the last event date, + 1000
  std::vector<std::string> future_suffixes;
  std::vector<std::pair<std::string, std::string>> demonym_plurals;  // suffix -> oblique plural suffix
  PhraseTable triggers;                  // value = pattern index
  std::vector<PatternEntry> patterns;

  // First word of any form of each class -> bit per WordClass: most probes end here.
  std::unordered_map<std::string, std::bitset<kMaxWordClasses>, PhraseTable::KeyHash, PhraseTable::KeyEq> class_starts;

  /// Whether a form of class c starts at tokens[i]; *end is set past it.
  bool Is(WordClass c, const std::vector<Token>& tokens, size_t i, size_t* end = nullptr) const {
    // Most probes end at the first word's class mask, so that test is inline.
    if (i >= tokens.size() || !tokens[i].word) return false;
    const Token& t = tokens[i];
    if (t.class_mask_of != this) FillClassMask(t);
    if (!t.class_mask.test(static_cast<size_t>(c))) return false;
    return MatchClass(c, tokens, i, end);
  }

 private:
  void FillClassMask(const Token& t) const;
  bool MatchClass(WordClass c, const std::vector<Token>& tokens, size_t i, size_t* end) const;
};
static_assert(static_cast<size_t>(WordClass::kCount) <= kMaxWordClasses, "Grammar::class_starts holds one bit per class");

/// What a line of page furniture looks like.
struct FurnitureRules {
  std::vector<std::string> exact;      // whole line, lower-cased
  std::vector<std::string> prefixes;   // line starts with, lower-cased
  std::vector<std::string> short_prefixes;  // a line of at most 8 words starts with (bylines)
  std::vector<std::string> stops;      // this line and everything after it is furniture
  int dateline_max_words = 3;          // "सोल:" / "SEOUL:" lines
};

class Lexicon {
 public:
  /// Loads all data files below `dir`. Errors name file and line.
  static Result<std::unique_ptr<Lexicon>> Load(const std::string& dir);

  const Segmenter& segmenter() const { return *segmenter_; }
  const Grammar& grammar(Lang l) const { return grammar_[static_cast<size_t>(l)]; }
  const FurnitureRules& furniture() const { return furniture_; }

  const std::vector<ActorEntry>& actors() const { return actors_; }
  const PhraseTable& actor_names() const { return actor_names_; }   // value = actor index
  const PhraseTable& place_names() const { return place_names_; }   // value = actor index
  const PhraseTable& city_names() const { return city_names_; }     // value = country index; only locate
  const PhraseTable& titles() const { return titles_; }             // value = title index
  const std::vector<TitleEntry>& title_list() const { return title_list_; }
  const std::vector<RoleEntry>& roles() const { return roles_; }
  /// The offices one person held (empty for kNoActor or a non-person): per-phrase checks would
  /// otherwise scan every role of the lexicon.
  /// Every holder of office `title` in `org`, as roles.tsv records them.
  const std::vector<std::reference_wrapper<const RoleEntry>>& RolesIn(int title, int org) const {
    static const std::vector<std::reference_wrapper<const RoleEntry>> kNone;
    auto it = roles_in_.find({title, org});
    return it == roles_in_.end() ? kNone : it->second;
  }
  /// The chambers whose members office `title` names (empty for most offices).
  std::vector<const ChamberEntry*> ChambersOf(int title) const {
    std::vector<const ChamberEntry*> out;
    for (const ChamberEntry& c : chambers_)
      if (c.title == title) out.push_back(&c);
    return out;
  }
  const std::vector<std::reference_wrapper<const RoleEntry>>& RolesOf(int person) const {
    static const std::vector<std::reference_wrapper<const RoleEntry>> kNone;
    return person >= 0 && static_cast<size_t>(person) < roles_of_.size() ? roles_of_[static_cast<size_t>(person)] : kNone;
  }
  /// Persons whose name has this token key as its last (or, for East Asian names, first) word;
  /// or, for names of three or more words, whose first two keys joined by a space are `key`
  /// (only stored when the first word is a key of its own).
  const std::vector<int>* PersonsWithNameWord(const std::string& key) const;
  /// A regnal number (in capitals) or generation after a name ("I", "Jr.", "तृतीय").
  bool GenerationSuffix(const Token& word) const;
  std::optional<int> FindActorById(std::string_view id) const;
  /// How the news spells, in Latin letters, a Devanagari word of a person's name ("स्कॉट" ->
  /// "Scott"), learnt from the persons whose English and Hindi names have as many words.
  const NameSpellings& name_spellings() const { return name_spellings_; }
  /// Every name of the actor as a token-key sequence (for partial-name matching).
  const std::vector<std::vector<std::string>>& NameKeys(int actor) const { return name_keys_[actor]; }

  /// A digest of every file read: changes whenever the data changes.
  const std::string& digest() const { return digest_; }

 private:
  Lexicon() = default;
  Status LoadActors(const std::string& dir);
  Status LoadGrammar(const std::string& dir, Lang lang);
  Status LoadPatterns(const std::string& dir, Lang lang);
  void AddActorName(int actor, std::string_view name, bool as_place);
  void LearnNameSpellings();

  std::unique_ptr<Segmenter> segmenter_;
  std::array<Grammar, kLangCount> grammar_;
  FurnitureRules furniture_;
  std::vector<ActorEntry> actors_;
  std::unordered_map<std::string, int> actor_by_id_;
  PhraseTable actor_names_, place_names_, city_names_, titles_;
  std::vector<TitleEntry> title_list_;
  std::vector<RoleEntry> roles_;
  std::vector<ChamberEntry> chambers_;
  std::vector<std::vector<std::reference_wrapper<const RoleEntry>>> roles_of_;  // by person; filled once roles_ is final
  std::map<std::pair<int, int>, std::vector<std::reference_wrapper<const RoleEntry>>> roles_in_;  // by (title, org)
  std::unordered_map<std::string, std::vector<int>> persons_by_name_word_;
  std::vector<std::vector<std::vector<std::string>>> name_keys_;
  NameSpellings name_spellings_;
  std::string digest_;
};

}  // namespace jaal::extract

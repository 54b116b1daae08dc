// GraphStore behaviour: cross-script merging, replace/remove equal to a clean build, indexes, refusals.
#include <doctest/doctest.h>

#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <set>

#include <fmt/format.h>
#include <rocksdb/db.h>

#include "codec.h"
#include "jaal/store/graph_store.h"
#include "keys.h"
#include "test_support.h"

namespace jaal::store {
namespace {

namespace fs = std::filesystem;
using jaal::testing::TempDir;
using Mode = GraphStore::Mode;

const ActorRef kKim{"Q56226", "Kim Jong-un", "किम जोंग-उन", EntityType::kPerson};
const ActorRef kPutin{"Q7747", "Vladimir Putin", "व्लादिमीर पुतिन", EntityType::kPerson};
const ActorRef kRussia{"country:RU", "Russia", "रूस", EntityType::kCountry};
const ActorRef kNorthKorea{"country:KP", "North Korea", "उत्तर कोरिया", EntityType::kCountry};
// ज़ written as ज + nukta (U+093C), the NFC form.
const ActorRef kZelensky{"Q3881", "Volodymyr Zelenskyy", "\u0935\u094B\u0932\u094B\u0926\u093F\u092E\u0940\u0930 "
                                                         "\u091C\u093C\u0947\u0932\u0947\u0902\u0938\u094D\u0915\u0940",
                         EntityType::kPerson};

Triple Fact(const std::string& doc, const std::string& lang, const ActorRef& s, Relation r, const ActorRef& o,
            const std::string& date, int sentence, Modality m = Modality::kAsserted, const std::string& predicate = "met") {
  Triple t;
  t.doc = doc;
  t.lang = lang;
  t.subject = s;
  t.relation = r;
  t.predicate = predicate;
  t.object = o;
  t.date = date;
  t.date_source = "text";
  t.modality = m;
  t.sentence = sentence;
  t.span = {sentence * 100, sentence * 100 + 80};
  t.evidence = fmt::format("{} {} {} ({}, sentence {})", s.name, predicate, o.name, doc, sentence);
  t.confidence = 0.9;
  return t;
}

DocumentInfo Doc(const std::string& id, const std::string& lang, const std::string& hash) {
  return DocumentInfo{id, lang, "title of " + id, "2024-06-20", "test/" + id, hash, 0};
}

std::unique_ptr<GraphStore> OpenOrDie(const std::string& dir, Mode mode = Mode::kReadWrite) {
  auto s = GraphStore::Open(dir, mode);
  REQUIRE_MESSAGE(s.ok(), s.status().message());
  return std::move(s).value();
}

void Put(GraphStore& store, const DocumentInfo& d, const std::vector<Triple>& triples,
         PutOutcome expected = PutOutcome::kAdded) {
  auto r = store.PutArticle(d, triples);
  REQUIRE_MESSAGE(r.ok(), r.status().message());
  CHECK(*r == expected);
}

std::vector<Edge> Query(const GraphStore& store, const EdgeFilter& f) {
  auto r = store.QueryEdges(f);
  REQUIRE_MESSAGE(r.ok(), r.status().message());
  return *r;
}

// Everything a user can observe, as text: two stores with equal dumps answer every query alike.
std::string Dump(const GraphStore& store) {
  std::string out;
  Status s = store.ForEachEntity([&](const Entity& e) {
    out += fmt::format("entity {} '{}' '{}' {} [{}]\n", e.id, e.name, e.name_hi, EntityTypeName(e.type),
                       fmt::join(e.aliases, "|"));
    for (const std::string& a : e.aliases) {
      auto found = store.FindEntities(a);
      REQUIRE(found.ok());
      std::vector<std::string> ids;
      for (const Entity& f : *found) ids.push_back(f.id);
      out += fmt::format("  alias '{}' -> {}\n", a, fmt::join(ids, ","));
    }
    return Status::Ok();
  });
  REQUIRE_MESSAGE(s.ok(), s.message());
  for (const Edge& e : Query(store, EdgeFilter{})) {
    out += fmt::format("edge {} {} {} {} {} '{}' '{}' {} [{}] m={} a={}\n", e.id, e.date, e.subject_id,
                       RelationName(e.relation), e.object_id, e.mode, e.predicate, ModalityName(e.modality),
                       fmt::join(e.attributed_to, "|"), e.mentions, e.articles);
    for (const Evidence& v : e.evidence)
      out += fmt::format("  ev {} {} {} [{},{}] '{}' {} {} {}/{}\n", v.doc, v.lang, v.sentence, v.span.begin, v.span.end,
                         v.text, ModalityName(v.modality), fmt::join(v.attributed_to, "|"), v.date, v.date_source);
  }
  // The per-entity aggregates: counterparts, first and last dates, and index-only counts.
  s = store.ForEachEntity([&](const Entity& e) {
    Status links = store.ForEachLink(e.id, [&](const EntityLink& l) {
      out += fmt::format("link {} -> {} total={} articles={}", e.id, l.counterpart_id, l.total_edges, l.articles);
      for (const auto& [r, c] : l.edges) out += fmt::format(" {}:{}/{}/{}", RelationName(r), c[0], c[1], c[2]);
      out += '\n';
      return Status::Ok();
    });
    REQUIRE_MESSAGE(links.ok(), links.message());
    auto range = store.DateRange(e.id);
    REQUIRE(range.ok());
    EdgeFilter mine;
    mine.actor_id = e.id;
    auto n = store.CountEdges(mine);
    REQUIRE(n.ok());
    out += fmt::format("dates {} {}..{} count={}\n", e.id, range->first, range->second, *n);
    return Status::Ok();
  });
  REQUIRE_MESSAGE(s.ok(), s.message());
  auto st = store.Stats();
  REQUIRE_MESSAGE(st.ok(), st.status().message());
  out += fmt::format("stats docs={} entities={} edges={} evidence={} first={} last={}\n", st->documents, st->entities,
                     st->edges, st->evidence, st->first_date, st->last_date);
  for (const auto& [k, v] : st->entities_by_type) out += fmt::format("  type {}={}\n", k, v);
  for (const auto& [k, v] : st->edges_by_relation) out += fmt::format("  relation {}={}\n", k, v);
  for (const auto& [k, v] : st->documents_by_lang) out += fmt::format("  lang {}={}\n", k, v);
  return out;
}

// jaal verify finds nothing wrong with the store.
void CheckConsistent(GraphStore& store) {
  VerifyReport report;
  Status s = store.Verify(&report);
  REQUIRE_MESSAGE(s.ok(), s.message());
  CHECK_MESSAGE(report.consistent(), fmt::format("{}", fmt::join(report.problems, "\n")));
}

using Corpus = std::map<std::string, std::pair<DocumentInfo, std::vector<Triple>>>;

// A clean build of `docs`, in id order or (reversed) the other way round.
std::string BuildFresh(const std::string& dir, const Corpus& docs, bool reversed = false) {
  auto store = OpenOrDie(dir);
  auto put = [&](const auto& d) {
    auto r = store->PutArticle(d.second.first, d.second.second);
    REQUIRE_MESSAGE(r.ok(), r.status().message());
  };
  if (reversed) std::for_each(docs.rbegin(), docs.rend(), put);
  else std::for_each(docs.begin(), docs.end(), put);
  return Dump(*store);
}

// A triple dated only by its article's publication day.
Triple Reported(Triple t) {
  t.date_source = "article";
  return t;
}

std::vector<Triple> SummitArticleEn() {
  return {Fact("en-1", "en", kKim, Relation::kConsult, kPutin, "2024-06-19", 0),
          Fact("en-1", "en", kRussia, Relation::kCooperate, kNorthKorea, "2024-06-19", 2, Modality::kAsserted, "signed a pact with"),
          Fact("en-1", "en", kPutin, Relation::kThreaten, kZelensky, "2024-07", 5, Modality::kClaimed, "warned")};
}

std::vector<Triple> SummitArticleHi() {
  return {Fact("hi-1", "hi", kKim, Relation::kConsult, kPutin, "2024-06-19", 1)};
}

std::vector<std::string> Ids(const std::vector<Edge>& edges) {
  std::vector<std::string> ids;
  for (const Edge& e : edges) ids.push_back(fmt::format("{} {} {}", e.subject_id, RelationName(e.relation), e.object_id));
  return ids;
}

}  // namespace

TEST_CASE("an article's facts are found by subject, object, relation and date window") {
  TempDir tmp;
  auto store = OpenOrDie(tmp / "store");
  Put(*store, Doc("en-1", "en", "h1"), SummitArticleEn());

  EdgeFilter by_subject;
  by_subject.subject_id = kKim.id;
  CHECK(Ids(Query(*store, by_subject)) == std::vector<std::string>{"Q56226 CONSULT Q7747"});

  EdgeFilter by_object;
  by_object.object_id = kZelensky.id;
  CHECK(Ids(Query(*store, by_object)) == std::vector<std::string>{"Q7747 THREATEN Q3881"});

  EdgeFilter by_actor;  // Putin is object of one edge and subject of another; date order
  by_actor.actor_id = kPutin.id;
  CHECK(Ids(Query(*store, by_actor)) == std::vector<std::string>{"Q56226 CONSULT Q7747", "Q7747 THREATEN Q3881"});

  EdgeFilter by_relation;
  by_relation.relations = {Relation::kCooperate, Relation::kThreaten};
  // COOPERATE is symmetric: stored once, in id order (KP before RU).
  CHECK(Ids(Query(*store, by_relation)) == std::vector<std::string>{"country:KP COOPERATE country:RU", "Q7747 THREATEN Q3881"});

  EdgeFilter june;
  june.since = "2024-06";
  june.until = "2024-06-30";
  CHECK(Query(*store, june).size() == 2);
  EdgeFilter july_on;  // "2024-07" overlaps a window starting 2024-07-15 at month precision
  july_on.since = "2024-07-15";
  CHECK(Ids(Query(*store, july_on)) == std::vector<std::string>{"Q7747 THREATEN Q3881"});
  EdgeFilter before;
  before.until = "2024-05";
  CHECK(Query(*store, before).empty());

  EdgeFilter subject_and_window;  // the subject index bounded by dates
  subject_and_window.subject_id = kPutin.id;
  subject_and_window.since = "2024-08";
  CHECK(Query(*store, subject_and_window).empty());

  EdgeFilter asserted;
  asserted.asserted_only = true;
  CHECK(Query(*store, asserted).size() == 2);

  EdgeFilter limited;
  limited.limit = 1;
  auto first = Query(*store, limited);
  REQUIRE(first.size() == 1);
  CHECK(first[0].date == "2024-06-19");

  auto all = Query(*store, EdgeFilter{});
  REQUIRE(all.size() == 3);
  CHECK(all[0].date <= all[1].date);
  CHECK(all[1].date <= all[2].date);
  CHECK(all[2].evidence.size() == 1);
  CHECK(all[2].evidence[0].doc == "en-1");
  CHECK(all[2].evidence[0].sentence == 5);
}

TEST_CASE("the same fact in a Hindi and an English article is one edge with two pieces of evidence") {
  TempDir tmp;
  auto store = OpenOrDie(tmp / "store");
  Put(*store, Doc("en-1", "en", "h1"), SummitArticleEn());
  Put(*store, Doc("hi-1", "hi", "h2"), SummitArticleHi());
  EdgeFilter f;
  f.subject_id = kKim.id;
  f.relations = {Relation::kConsult};
  auto edges = Query(*store, f);
  REQUIRE(edges.size() == 1);
  CHECK(edges[0].mentions == 2);
  CHECK(edges[0].articles == 2);
  REQUIRE(edges[0].evidence.size() == 2);
  CHECK(edges[0].evidence[0].lang == "en");
  CHECK(edges[0].evidence[1].lang == "hi");
  auto st = store->Stats();
  REQUIRE(st.ok());
  CHECK(st->documents == 2);
  CHECK(st->edges == 3);
  CHECK(st->evidence == 4);
  CHECK(st->entities == 5);
  CHECK(st->entities_by_type["person"] == 3);
  CHECK(st->entities_by_type["country"] == 2);
  CHECK(st->documents_by_lang["hi"] == 1);
  CHECK(st->edges_by_relation["CONSULT"] == 1);
  CHECK(st->first_date == "2024-06-19");
  CHECK(st->last_date == "2024-07");
  CHECK(st->disk_bytes > 0);
}

TEST_CASE("two sentences of one article on the same fact are one edge with two mentions and one article") {
  TempDir tmp;
  auto store = OpenOrDie(tmp / "store");
  std::vector<Triple> triples = {Fact("d", "en", kKim, Relation::kConsult, kPutin, "2024-06-19", 0, Modality::kClaimed),
                                 Fact("d", "en", kKim, Relation::kConsult, kPutin, "2024-06-19", 3),
                                 Fact("d", "en", kKim, Relation::kConsult, kPutin, "2024-06-19", 3)};  // same sentence twice
  triples[0].attributed_to = {"KCNA"};
  Put(*store, Doc("d", "en", "h"), triples);
  auto edges = Query(*store, EdgeFilter{});
  REQUIRE(edges.size() == 1);
  CHECK(edges[0].mentions == 2);
  CHECK(edges[0].articles == 1);
  CHECK(edges[0].modality == Modality::kAsserted);  // the strongest of claimed and asserted
  CHECK(edges[0].attributed_to == std::vector<std::string>{"KCNA"});
}

TEST_CASE("a report dated only by its article joins the same fact stated a day or two earlier, and leaves with it") {
  TempDir tmp;
  auto store = OpenOrDie(tmp / "store");
  const Corpus reports = {
      {"hi-2", {Doc("hi-2", "hi", "h2"), {Reported(Fact("hi-2", "hi", kKim, Relation::kConsult, kPutin, "2024-06-20", 0))}}},
      {"en-3", {Doc("en-3", "en", "e3"), {Reported(Fact("en-3", "en", kPutin, Relation::kConsult, kKim, "2024-06-21", 4))}}},
      // Three days on is another event, not a late report.
      {"en-4", {Doc("en-4", "en", "e4"), {Reported(Fact("en-4", "en", kKim, Relation::kConsult, kPutin, "2024-06-22", 1))}}},
  };
  for (const auto& [id, d] : reports) Put(*store, d.first, d.second);
  EdgeFilter consult;
  consult.relations = {Relation::kConsult};
  auto dates = [&] {
    std::vector<std::string> out;
    for (const Edge& e : Query(*store, consult)) out.push_back(fmt::format("{} a={}", e.date, e.articles));
    std::sort(out.begin(), out.end());
    return out;
  };
  CHECK(dates() == std::vector<std::string>{"2024-06-20 a=1", "2024-06-21 a=1", "2024-06-22 a=1"});

  // The English article states the meeting's day: reports of the next two days join it.
  Put(*store, Doc("en-1", "en", "e1"), SummitArticleEn());
  CHECK(dates() == std::vector<std::string>{"2024-06-19 a=3", "2024-06-22 a=1"});
  for (const Edge& e : Query(*store, consult)) {
    if (e.date != "2024-06-19") continue;
    std::vector<std::string> given;
    for (const Evidence& v : e.evidence) given.push_back(fmt::format("{} {}/{}", v.doc, v.date, v.date_source));
    CHECK(given == std::vector<std::string>{"en-1 2024-06-19/text", "en-3 2024-06-21/article", "hi-2 2024-06-20/article"});
  }
  CheckConsistent(*store);

  // The nearest stated day wins: a statement for the 20th takes the 21st's report from the 19th,
  // and is within two days of the 22nd's.
  Put(*store, Doc("hi-5", "hi", "h5"), {Fact("hi-5", "hi", kKim, Relation::kConsult, kPutin, "2024-06-20", 2)});
  CHECK(dates() == std::vector<std::string>{"2024-06-19 a=2", "2024-06-20 a=3"});

  // Any order of the same articles gives the same store.
  Corpus all = reports;
  all["en-1"] = {Doc("en-1", "en", "e1"), SummitArticleEn()};
  all["hi-5"] = {Doc("hi-5", "hi", "h5"), {Fact("hi-5", "hi", kKim, Relation::kConsult, kPutin, "2024-06-20", 2)}};
  const std::string dump = Dump(*store);
  CHECK(dump == BuildFresh(tmp / "clean", all));
  CHECK(dump == BuildFresh(tmp / "reversed", all, /*reversed=*/true));

  // Taking the statements out sends each report back to its own day.
  for (const std::string id : {"hi-5", "en-1"}) {
    auto r = store->RemoveArticle(id);
    REQUIRE_MESSAGE(r.ok(), r.status().message());
  }
  CHECK(dates() == std::vector<std::string>{"2024-06-20 a=1", "2024-06-21 a=1", "2024-06-22 a=1"});
  CHECK(Dump(*store) == BuildFresh(tmp / "reports-only", reports));
  CheckConsistent(*store);
}

TEST_CASE("putting an unchanged article again writes nothing and keeps the counts") {
  TempDir tmp;
  auto store = OpenOrDie(tmp / "store");
  Put(*store, Doc("en-1", "en", "h1"), SummitArticleEn());
  std::string before = Dump(*store);
  Put(*store, Doc("en-1", "en", "h1"), SummitArticleEn(), PutOutcome::kUnchanged);
  CHECK(Dump(*store) == before);
}

TEST_CASE("replacing an article leaves the store equal to a clean build of the final documents") {
  TempDir tmp;
  auto store = OpenOrDie(tmp / "store");
  Put(*store, Doc("en-1", "en", "h1"), SummitArticleEn());
  Put(*store, Doc("hi-1", "hi", "h2"), SummitArticleHi());
  // The English article is re-extracted: the summit fact stays, the threat is gone, a new fact came.
  std::vector<Triple> revised = {Fact("en-1", "en", kKim, Relation::kConsult, kPutin, "2024-06-19", 0, Modality::kAsserted, "held talks with"),
                                 Fact("en-1", "en", kNorthKorea, Relation::kSupport, kRussia, "2024-06-20", 4)};
  Put(*store, Doc("en-1", "en", "h1b"), revised, PutOutcome::kReplaced);

  std::string clean = BuildFresh(tmp / "clean", {{"en-1", {Doc("en-1", "en", "h1b"), revised}},
                                                 {"hi-1", {Doc("hi-1", "hi", "h2"), SummitArticleHi()}}});
  CHECK(Dump(*store) == clean);
  CHECK(Dump(*store).find("Q3881") == std::string::npos);  // Zelenskyy lost his only document
}

TEST_CASE("removing an article restores the counts it added") {
  TempDir tmp;
  auto store = OpenOrDie(tmp / "store");
  Put(*store, Doc("hi-1", "hi", "h2"), SummitArticleHi());
  std::string only_hindi = Dump(*store);
  Put(*store, Doc("en-1", "en", "h1"), SummitArticleEn());
  auto removed = store->RemoveArticle("en-1");
  REQUIRE(removed.ok());
  CHECK(*removed);
  CHECK(Dump(*store) == only_hindi);
  auto again = store->RemoveArticle("en-1");
  REQUIRE(again.ok());
  CHECK_FALSE(*again);
  auto doc = store->GetDocument("en-1");
  REQUIRE(doc.ok());
  CHECK_FALSE(doc->has_value());

  REQUIRE(store->RemoveArticle("hi-1").ok());
  auto st = store->Stats();
  REQUIRE(st.ok());
  CHECK(st->documents == 0);
  CHECK(st->entities == 0);
  CHECK(st->edges == 0);
  CHECK(st->evidence == 0);
  CHECK(st->entities_by_type.empty());
  CHECK(st->first_date.empty());
}

TEST_CASE("any history of puts, replaces and removes equals a clean build of what remains") {
  // A small pool, so that documents keep landing on the same edges and entities.
  const std::vector<ActorRef> actors = {kKim, kPutin, kRussia};
  // Days close enough for article-dated evidence to move between them as stated dates come and go.
  const std::vector<std::string> dates = {"", "2024-06", "2024-06-17", "2024-06-18", "2024-06-19", "2024-06-20"};
  std::mt19937 rng(7);
  auto random_article = [&](const std::string& id, int version) {
    std::string lang = (id.back() % 2) ? "hi" : "en";
    std::vector<Triple> triples;
    int n = static_cast<int>(rng() % 8);
    for (int i = 0; i < n; ++i) {
      // AGREE, CONSULT (symmetric) and SUPPORT (one way); self-loops happen too.
      Triple t = Fact(id, lang, actors[rng() % actors.size()], static_cast<Relation>(rng() % 3), actors[rng() % actors.size()],
                      dates[rng() % dates.size()], static_cast<int>(rng() % 4), static_cast<Modality>(rng() % 4),
                      (rng() % 2) ? "met" : "talked to");
      if (rng() % 3 == 0) t.attributed_to = {(rng() % 2) ? "KCNA" : "TASS"};
      if (t.date.size() == 10 && rng() % 2 == 0) t.date_source = "article";
      if (rng() % 4 == 0) t.subject.name_hi.clear();  // an article that did not know the Hindi name
      if (rng() % 4 == 0) t.object.name_hi = t.object.name_hi + " जी";  // nor spelled it alike
      if (rng() % 4 == 0) t.object.type = EntityType::kUnknown;
      triples.push_back(t);
    }
    return std::make_pair(Doc(id, lang, fmt::format("{}-v{}", id, version)), triples);
  };
  TempDir tmp;
  auto store = OpenOrDie(tmp / "store");
  std::map<std::string, std::pair<DocumentInfo, std::vector<Triple>>> live;
  for (int step = 0; step < 300; ++step) {
    std::string id = fmt::format("doc-{}", rng() % 5);
    if (rng() % 4 == 0) {
      auto r = store->RemoveArticle(id);
      REQUIRE_MESSAGE(r.ok(), r.status().message());
      CHECK(*r == (live.count(id) == 1));
      live.erase(id);
    } else {
      auto article = random_article(id, step);
      auto r = store->PutArticle(article.first, article.second);
      REQUIRE_MESSAGE(r.ok(), r.status().message());
      CHECK(*r == (live.count(id) ? PutOutcome::kReplaced : PutOutcome::kAdded));
      live[id] = article;
    }
    if (step % 20 == 19) {
      INFO("after step ", step);
      const std::string dump = Dump(*store);
      CHECK(dump == BuildFresh(tmp / fmt::format("clean-{}", step), live));
      CHECK(dump == BuildFresh(tmp / fmt::format("reversed-{}", step), live, /*reversed=*/true));
      CheckConsistent(*store);
    }
  }
}

TEST_CASE("articles put as one group equal the same articles put one at a time, replaces within the group included") {
  const std::vector<ActorRef> actors = {kKim, kPutin, kRussia, kNorthKorea};
  const std::vector<std::string> dates = {"", "2024-06-18", "2024-06-19", "2024-06-20"};
  std::mt19937 rng(11);
  std::vector<DocumentInfo> docs;
  std::vector<std::vector<Triple>> triples;
  for (int step = 0; step < 120; ++step) {
    // Few ids, so later articles of a group often replace earlier ones of the same group.
    const std::string id = fmt::format("doc-{}", rng() % 6);
    std::vector<Triple> ts;
    for (int i = 0, n = static_cast<int>(rng() % 6); i < n; ++i) {
      Triple t = Fact(id, "en", actors[rng() % actors.size()], static_cast<Relation>(rng() % 4), actors[rng() % actors.size()],
                      dates[rng() % dates.size()], static_cast<int>(rng() % 3));
      if (t.date.size() == 10 && rng() % 2 == 0) t.date_source = "article";
      if (rng() % 3 == 0) t.object.name_hi.clear();
      ts.push_back(t);
    }
    docs.push_back(Doc(id, "en", fmt::format("{}-v{}", id, step)));
    triples.push_back(ts);
  }
  TempDir tmp;
  auto one_by_one = OpenOrDie(tmp / "one");
  auto grouped = OpenOrDie(tmp / "grouped");
  for (std::size_t begin = 0; begin < docs.size();) {
    const std::size_t size = std::min<std::size_t>(1 + rng() % 30, docs.size() - begin);
    std::vector<PutOutcome> outcomes;
    Status s = grouped->PutArticles({docs.data() + begin, size}, {triples.data() + begin, size}, &outcomes);
    REQUIRE_MESSAGE(s.ok(), s.message());
    REQUIRE(outcomes.size() == size);
    for (std::size_t i = begin; i < begin + size; ++i) {
      auto r = one_by_one->PutArticle(docs[i], triples[i]);
      REQUIRE(r.ok());
      CHECK(*r == outcomes[i - begin]);
    }
    begin += size;
    CHECK(Dump(*grouped) == Dump(*one_by_one));
  }
  CheckConsistent(*grouped);
}

TEST_CASE("a group stops at a bad article: the articles before it are stored, it and those after are not") {
  TempDir tmp;
  auto store = OpenOrDie(tmp / "store");
  Triple bad = Fact("bad", "en", kKim, Relation::kConsult, kPutin, "2024-06-19", 0);
  bad.subject.id = std::string("bad\0id", 6);
  const std::vector<DocumentInfo> docs = {Doc("en-1", "en", "e1"), Doc("bad", "en", "b"), Doc("hi-1", "hi", "h1")};
  const std::vector<std::vector<Triple>> triples = {SummitArticleEn(), {bad}, SummitArticleHi()};
  std::vector<PutOutcome> outcomes;
  Status s = store->PutArticles(docs, triples, &outcomes);
  CHECK(s.code() == Status::Code::kInvalidArgument);
  CHECK(s.message().find("subject id") != std::string::npos);
  CHECK(outcomes == std::vector<PutOutcome>{PutOutcome::kAdded});
  auto en = store->GetDocument("en-1");
  REQUIRE(en.ok());
  CHECK(en->has_value());
  for (const char* absent : {"bad", "hi-1"}) {
    auto d = store->GetDocument(absent);
    REQUIRE(d.ok());
    CHECK_FALSE(d->has_value());
  }
  CheckConsistent(*store);
}

TEST_CASE("removing the document that supplied an entity's Hindi name falls back to the next document's") {
  TempDir tmp;
  auto store = OpenOrDie(tmp / "store");
  ActorRef no_hindi = kKim;
  no_hindi.name_hi.clear();
  ActorRef other_spelling = kKim;
  other_spelling.name_hi = "किम जोंग उन";
  Put(*store, Doc("a", "en", "h"), {Fact("a", "en", no_hindi, Relation::kConsult, kPutin, "2024", 0)});
  Put(*store, Doc("b", "hi", "h"), {Fact("b", "hi", kKim, Relation::kConsult, kPutin, "2024", 0)});
  Put(*store, Doc("c", "hi", "h"), {Fact("c", "hi", other_spelling, Relation::kConsult, kPutin, "2024", 0)});
  auto kim = store->GetEntity(kKim.id);
  REQUIRE(kim.ok());
  CHECK((*kim)->name_hi == kKim.name_hi);
  REQUIRE(store->RemoveArticle("b").ok());
  kim = store->GetEntity(kKim.id);
  REQUIRE(kim.ok());
  CHECK((*kim)->name_hi == "किम जोंग उन");
  CHECK((*kim)->aliases == std::vector<std::string>{"Kim Jong-un", "किम जोंग उन"});
  auto edges = Query(*store, EdgeFilter{});
  REQUIRE(edges.size() == 1);
  CHECK(edges[0].articles == 2);
}

TEST_CASE("an entity is found by its English name and by its Hindi name with or without nukta") {
  TempDir tmp;
  auto store = OpenOrDie(tmp / "store");
  Put(*store, Doc("en-1", "en", "h1"), SummitArticleEn());
  auto by_english = store->FindEntities("volodymyr zelenskyy");
  auto by_hindi = store->FindEntities(kZelensky.name_hi);
  auto by_hindi_plain = store->FindEntities(
      "\u0935\u094B\u0932\u094B\u0926\u093F\u092E\u0940\u0930 \u091C\u0947\u0932\u0947\u0902\u0938\u094D\u0915\u0940");
  auto by_id = store->FindEntities("Q3881");
  for (auto* found : {&by_english, &by_hindi, &by_hindi_plain, &by_id}) {
    REQUIRE(found->ok());
    REQUIRE((*found)->size() == 1);
    CHECK((*found)->front().id == "Q3881");
  }
  auto kim = store->FindEntities("किम जोंग उन");
  REQUIRE(kim.ok());
  REQUIRE(kim->size() == 1);
  CHECK(kim->front().name == "Kim Jong-un");
  CHECK(kim->front().name_hi == "किम जोंग-उन");
  auto nobody = store->FindEntities("Nobody At All");
  REQUIRE(nobody.ok());
  CHECK(nobody->empty());
}

TEST_CASE("two entities sharing a name are both returned") {
  TempDir tmp;
  auto store = OpenOrDie(tmp / "store");
  ActorRef georgia_country{"country:GE", "Georgia", "जॉर्जिया", EntityType::kCountry};
  ActorRef georgia_state{"region:US-GA", "Georgia", "", EntityType::kRegion};
  Put(*store, Doc("d", "en", "h"), {Fact("d", "en", georgia_country, Relation::kConsult, georgia_state, "2024", 0)});
  auto found = store->FindEntities("georgia");
  REQUIRE(found.ok());
  CHECK(found->size() == 2);
}

TEST_CASE("a reopened store keeps documents, entities and edges") {
  TempDir tmp;
  std::string before;
  {
    auto store = OpenOrDie(tmp / "store");
    Put(*store, Doc("en-1", "en", "h1"), SummitArticleEn());
    Put(*store, Doc("hi-1", "hi", "h2"), SummitArticleHi());
    before = Dump(*store);
  }
  {
    auto reader = OpenOrDie(tmp / "store", Mode::kReadOnly);
    CHECK(Dump(*reader) == before);
  }
  auto store = OpenOrDie(tmp / "store");
  CHECK(Dump(*store) == before);
  auto doc = store->GetDocument("hi-1");
  REQUIRE(doc.ok());
  REQUIRE(doc->has_value());
  CHECK((*doc)->lang == "hi");
  CHECK((*doc)->triples == 1);
  CHECK((*doc)->content_hash == "h2");
  Put(*store, Doc("hi-1", "hi", "h2"), SummitArticleHi(), PutOutcome::kUnchanged);
}

TEST_CASE("a store with a newer schema version is refused with a clear message") {
  TempDir tmp;
  std::string dir = tmp / "store";
  { auto store = OpenOrDie(dir); }
  {
    std::ofstream marker(fs::path(dir) / keys::kMarkerFile, std::ios::trunc);
    marker << "jaal knowledge-graph store\nschema 99\n";
  }
  for (Mode mode : {Mode::kReadWrite, Mode::kReadOnly}) {
    auto s = GraphStore::Open(dir, mode);
    REQUIRE_FALSE(s.ok());
    CHECK(s.status().code() == Status::Code::kUnsupported);
    CHECK(s.status().message().find("schema version 99") != std::string::npos);
    CHECK(s.status().message().find("newer") != std::string::npos);
    CHECK(s.status().message().find(dir) != std::string::npos);
    CHECK(s.status().message().find('\n') == std::string::npos);
  }
}

TEST_CASE("a schema version in the data that disagrees with the marker is refused") {
  TempDir tmp;
  std::string dir = tmp / "store";
  { auto store = OpenOrDie(dir); }
  {
    rocksdb::DBOptions options;
    std::vector<std::string> names;
    REQUIRE(rocksdb::DB::ListColumnFamilies(options, dir, &names).ok());
    std::vector<rocksdb::ColumnFamilyDescriptor> families;
    for (const std::string& n : names) families.emplace_back(n, rocksdb::ColumnFamilyOptions());
    std::vector<rocksdb::ColumnFamilyHandle*> handles;
    rocksdb::DB* db = nullptr;
    REQUIRE(rocksdb::DB::Open(options, dir, families, &handles, &db).ok());
    auto meta = std::find(names.begin(), names.end(), "meta") - names.begin();
    REQUIRE(db->Put(rocksdb::WriteOptions(), handles[meta], std::string(keys::kSchemaKey), codec::EncodeCount(keys::kSchemaVersion + 1)).ok());
    for (auto* h : handles) REQUIRE(db->DestroyColumnFamilyHandle(h).ok());
    delete db;
  }
  auto s = GraphStore::Open(dir, Mode::kReadWrite);
  REQUIRE_FALSE(s.ok());
  CHECK(s.status().code() == Status::Code::kUnsupported);
  CHECK(s.status().message().find(fmt::format("schema version {}", keys::kSchemaVersion + 1)) != std::string::npos);
}

TEST_CASE("a non-empty directory that is not a jaal store is refused and left untouched") {
  TempDir tmp;
  fs::path dir = tmp.path() / "photos";
  fs::create_directories(dir);
  { std::ofstream(dir / "holiday.txt") << "not a store"; }
  for (Mode mode : {Mode::kReadWrite, Mode::kReadOnly}) {
    auto s = GraphStore::Open(dir.string(), mode);
    REQUIRE_FALSE(s.ok());
    CHECK(s.status().message().find("not a jaal store") != std::string::npos);
    std::vector<std::string> files;
    for (const auto& e : fs::directory_iterator(dir)) files.push_back(e.path().filename().string());
    CHECK(files == std::vector<std::string>{"holiday.txt"});
  }
}

TEST_CASE("opening a missing store read-only is NotFound and creates nothing") {
  TempDir tmp;
  std::string dir = tmp / "nowhere";
  auto s = GraphStore::Open(dir, Mode::kReadOnly);
  REQUIRE_FALSE(s.ok());
  CHECK(s.status().code() == Status::Code::kNotFound);
  CHECK(s.status().message().find(dir) != std::string::npos);
  CHECK_FALSE(fs::exists(dir));
}

TEST_CASE("a read-only store refuses writes") {
  TempDir tmp;
  std::string dir = tmp / "store";
  { auto store = OpenOrDie(dir); }
  auto store = OpenOrDie(dir, Mode::kReadOnly);
  auto r = store->PutArticle(Doc("d", "en", "h"), {});
  CHECK_FALSE(r.ok());
  CHECK_FALSE(store->RemoveArticle("d").ok());
}

TEST_CASE("a second writer on the same store gets Busy with a clear message") {
  TempDir tmp;
  std::string dir = tmp / "store";
  auto first = OpenOrDie(dir);
  auto second = GraphStore::Open(dir, Mode::kReadWrite);
  REQUIRE_FALSE(second.ok());
  CHECK(second.status().code() == Status::Code::kBusy);
  CHECK(second.status().message().find("is being written by another jaal process") != std::string::npos);
}

TEST_CASE("a writer in another process makes a second writer Busy") {
  TempDir tmp;
  std::string dir = tmp / "store";
  int ready[2], done[2];
  REQUIRE(pipe(ready) == 0);
  REQUIRE(pipe(done) == 0);
  pid_t child = fork();
  REQUIRE(child >= 0);
  if (child == 0) {
    alarm(30);  // never outlive a confused parent
    auto store = GraphStore::Open(dir, Mode::kReadWrite);
    char c = store.ok() ? 'y' : 'n';
    (void)!write(ready[1], &c, 1);
    (void)!read(done[0], &c, 1);
    _exit(0);  // skip destructors and doctest's exit path in the child
  }
  pollfd p{ready[0], POLLIN, 0};
  REQUIRE(poll(&p, 1, 20000) == 1);
  char c = 0;
  REQUIRE(read(ready[0], &c, 1) == 1);
  CHECK(c == 'y');
  auto second = GraphStore::Open(dir, Mode::kReadWrite);
  (void)!write(done[1], "x", 1);
  int status = 0;
  waitpid(child, &status, 0);
  REQUIRE_FALSE(second.ok());
  CHECK(second.status().code() == Status::Code::kBusy);
  CHECK(second.status().message().find("store " + dir + " is being written by another jaal process") != std::string::npos);
  for (int fd : {ready[0], ready[1], done[0], done[1]}) close(fd);
}

TEST_CASE("a reader can open the store while a writer has it open") {
  TempDir tmp;
  std::string dir = tmp / "store";
  auto writer = OpenOrDie(dir);
  Put(*writer, Doc("en-1", "en", "h1"), SummitArticleEn());
  auto reader = OpenOrDie(dir, Mode::kReadOnly);
  CHECK(Dump(*reader) == Dump(*writer));
  auto another = OpenOrDie(dir, Mode::kReadOnly);  // readers do not exclude each other
  Put(*writer, Doc("hi-1", "hi", "h2"), SummitArticleHi());  // the writer is not disturbed
  auto st = another->Stats();
  CHECK(st.ok());
}

TEST_CASE("a corrupted stored value comes back as Corruption, not a crash") {
  TempDir tmp;
  std::string dir = tmp / "store";
  {
    auto store = OpenOrDie(dir);
    Put(*store, Doc("en-1", "en", "h1"), SummitArticleEn());
  }
  {
    rocksdb::DBOptions options;
    std::vector<std::string> names;
    REQUIRE(rocksdb::DB::ListColumnFamilies(options, dir, &names).ok());
    std::vector<rocksdb::ColumnFamilyDescriptor> families;
    for (const std::string& n : names) families.emplace_back(n, rocksdb::ColumnFamilyOptions());
    std::vector<rocksdb::ColumnFamilyHandle*> handles;
    rocksdb::DB* db = nullptr;
    REQUIRE(rocksdb::DB::Open(options, dir, families, &handles, &db).ok());
    auto handle = [&](std::string_view name) { return handles[std::find(names.begin(), names.end(), name) - names.begin()]; };
    std::string garbage = std::string(1, static_cast<char>(codec::kValueFormat)) + "\xff\xff\xff";
    std::string edge_id = keys::EdgeId(kKim.id, Relation::kConsult, kPutin.id, "2024-06-19");
    REQUIRE(db->Put(rocksdb::WriteOptions(), handle("entities"), kKim.id, garbage).ok());
    REQUIRE(db->Put(rocksdb::WriteOptions(), handle("edges"), edge_id, "\x07").ok());
    REQUIRE(db->Put(rocksdb::WriteOptions(), handle("documents"), "en-1", "").ok());
    for (auto* h : handles) REQUIRE(db->DestroyColumnFamilyHandle(h).ok());
    delete db;
  }
  auto store = OpenOrDie(dir);
  auto entity = store->GetEntity(kKim.id);
  REQUIRE_FALSE(entity.ok());
  CHECK(entity.status().code() == Status::Code::kCorruption);
  CHECK(entity.status().message().find(dir) != std::string::npos);
  auto found = store->FindEntities("Kim Jong-un");
  CHECK(found.status().code() == Status::Code::kCorruption);
  EdgeFilter f;
  f.subject_id = kKim.id;
  auto edges = store->QueryEdges(f);
  CHECK(edges.status().code() == Status::Code::kCorruption);
  auto put = store->PutArticle(Doc("en-1", "en", "h9"), {});
  CHECK(put.status().code() == Status::Code::kCorruption);
  auto other = store->GetEntity(kPutin.id);  // the rest of the store still reads
  REQUIRE(other.ok());
  CHECK(other->has_value());
}

TEST_CASE("bad ids are refused before anything is written") {
  TempDir tmp;
  auto store = OpenOrDie(tmp / "store");
  Triple t = Fact("d", "en", kKim, Relation::kConsult, kPutin, "2024", 0);
  t.object.id.clear();
  auto r = store->PutArticle(Doc("d", "en", "h"), {t});
  REQUIRE_FALSE(r.ok());
  CHECK(r.status().code() == Status::Code::kInvalidArgument);
  CHECK(r.status().message().find("object id") != std::string::npos);
  auto doc = store->GetDocument("d");
  REQUIRE(doc.ok());
  CHECK_FALSE(doc->has_value());
}

TEST_CASE("a symmetric fact told from either side is one edge with both pieces of evidence") {
  TempDir tmp;
  auto store = OpenOrDie(tmp / "store");
  Put(*store, Doc("en-1", "en", "h1"), {Fact("en-1", "en", kKim, Relation::kConsult, kPutin, "2024-06-19", 0)});
  Put(*store, Doc("hi-1", "hi", "h2"), {Fact("hi-1", "hi", kPutin, Relation::kConsult, kKim, "2024-06-19", 3)});
  EdgeFilter all;
  auto edges = Query(*store, all);
  REQUIRE(edges.size() == 1);
  CHECK(edges[0].articles == 2);
  CHECK(edges[0].evidence.size() == 2);
  // A one-way relation keeps its direction.
  Put(*store, Doc("en-2", "en", "h3"), {Fact("en-2", "en", kPutin, Relation::kThreaten, kKim, "2024-06-19", 0, Modality::kAsserted, "warned")});
  EdgeFilter threats;
  threats.relations = {Relation::kThreaten};
  auto t = Query(*store, threats);
  REQUIRE(t.size() == 1);
  CHECK(t[0].subject_id == kPutin.id);
}

TEST_CASE("an entity's links count its edges by relation and direction and the articles shared with each counterpart") {
  TempDir tmp;
  auto store = OpenOrDie(tmp / "store");
  Put(*store, Doc("en-1", "en", "h1"), {Fact("en-1", "en", kKim, Relation::kConsult, kPutin, "2024-06-19", 0),
                                        Fact("en-1", "en", kPutin, Relation::kThreaten, kKim, "2024-06", 1),
                                        Fact("en-1", "en", kKim, Relation::kSupport, kRussia, "", 2)});
  Put(*store, Doc("hi-1", "hi", "h2"), {Fact("hi-1", "hi", kKim, Relation::kThreaten, kPutin, "2024-05-01", 0),
                                        Fact("hi-1", "hi", kPutin, Relation::kThreaten, kKim, "2024-06", 4)});
  std::map<std::string, EntityLink> links;
  REQUIRE(store->ForEachLink(kKim.id, [&](const EntityLink& l) {
    links[l.counterpart_id] = l;
    return Status::Ok();
  }).ok());
  REQUIRE(links.size() == 2);
  const EntityLink& putin = links.at(kPutin.id);
  CHECK(putin.total_edges == 3);
  CHECK(putin.articles == 2);
  CHECK(putin.edges.at(Relation::kConsult) == std::array<std::int64_t, 3>{0, 0, 1});
  CHECK(putin.edges.at(Relation::kThreaten) == std::array<std::int64_t, 3>{1, 1, 0});
  CHECK(links.at(kRussia.id).edges.at(Relation::kSupport) == std::array<std::int64_t, 3>{1, 0, 0});
  CHECK(links.at(kRussia.id).articles == 1);
  auto range = store->DateRange(kKim.id);
  REQUIRE(range.ok());
  CHECK(range->first == "2024-05-01");
  CHECK(range->second == "2024-06-19");
  auto none = store->DateRange("nobody");
  REQUIRE(none.ok());
  CHECK(none->first.empty());

  // Removing the Hindi article takes its threat and its share of the articles away.
  REQUIRE(store->RemoveArticle("hi-1").ok());
  links.clear();
  REQUIRE(store->ForEachLink(kKim.id, [&](const EntityLink& l) {
    links[l.counterpart_id] = l;
    return Status::Ok();
  }).ok());
  CHECK(links.at(kPutin.id).total_edges == 2);
  CHECK(links.at(kPutin.id).articles == 1);
  CHECK(links.at(kPutin.id).edges.count(Relation::kThreaten) == 1);
  REQUIRE(store->RemoveArticle("en-1").ok());
  bool any = false;
  REQUIRE(store->ForEachLink(kKim.id, [&](const EntityLink&) {
    any = true;
    return Status::Ok();
  }).ok());
  CHECK_FALSE(any);
}

TEST_CASE("symmetric relations match from either side, once each, and counts agree with the edges returned") {
  TempDir tmp;
  auto store = OpenOrDie(tmp / "store");
  // Stored in id order: Q56226 (Kim) < Q7747 (Putin), so "Putin met Kim" is stored as Kim-Putin.
  Put(*store, Doc("en-1", "en", "h1"), {Fact("en-1", "en", kPutin, Relation::kConsult, kKim, "2024-06-19", 0),
                                        Fact("en-1", "en", kPutin, Relation::kThreaten, kKim, "2024-06", 1),
                                        Fact("en-1", "en", kPutin, Relation::kAgree, kPutin, "2024-06-20", 2),
                                        Fact("en-1", "en", kPutin, Relation::kSupport, kRussia, "", 3, Modality::kClaimed),
                                        Fact("en-1", "en", kKim, Relation::kAid, kPutin, "2023", 4)});
  struct Case {
    const char* what;
    EdgeFilter filter;
    std::vector<std::string> expected;
  };
  auto make = [](auto&& fill) {
    EdgeFilter f;
    fill(f);
    return f;
  };
  const std::vector<Case> cases = {
      {"subject, one way only", make([](EdgeFilter& f) { f.subject_id = kPutin.id; }),
       {"Q7747 SUPPORT country:RU", "Q7747 THREATEN Q56226", "Q7747 AGREE Q7747"}},
      {"subject, either way", make([](EdgeFilter& f) { f.subject_id = kPutin.id; f.symmetric_either_way = true; }),
       {"Q7747 SUPPORT country:RU", "Q7747 THREATEN Q56226", "Q56226 CONSULT Q7747", "Q7747 AGREE Q7747"}},
      {"subject and object, either way",
       make([](EdgeFilter& f) { f.subject_id = kPutin.id; f.object_id = kKim.id; f.symmetric_either_way = true; }),
       {"Q7747 THREATEN Q56226", "Q56226 CONSULT Q7747"}},
      {"object with relations, either way",
       make([](EdgeFilter& f) { f.object_id = kKim.id; f.relations = {Relation::kConsult, Relation::kThreaten}; f.symmetric_either_way = true; }),
       {"Q7747 THREATEN Q56226", "Q56226 CONSULT Q7747"}},
      {"actor with a relation", make([](EdgeFilter& f) { f.actor_id = kPutin.id; f.relations = {Relation::kAid}; }),
       {"Q56226 AID Q7747"}},
      {"actor, a self-loop once", make([](EdgeFilter& f) { f.actor_id = kPutin.id; f.relations = {Relation::kAgree}; }),
       {"Q7747 AGREE Q7747"}},
      {"actor, asserted only, date window",
       make([](EdgeFilter& f) { f.actor_id = kPutin.id; f.asserted_only = true; f.since = "2024"; }),
       {"Q7747 THREATEN Q56226", "Q56226 CONSULT Q7747", "Q7747 AGREE Q7747"}},
  };
  for (const Case& c : cases) {
    INFO(c.what);
    auto edges = Query(*store, c.filter);
    CHECK(Ids(edges) == c.expected);
    auto n = store->CountEdges(c.filter);
    REQUIRE(n.ok());
    CHECK(*n == static_cast<std::int64_t>(c.expected.size()));
  }
}

TEST_CASE("edges are read with all, the first or none of their evidence as asked") {
  TempDir tmp;
  auto store = OpenOrDie(tmp / "store");
  Put(*store, Doc("en-1", "en", "h1"), {Fact("en-1", "en", kKim, Relation::kConsult, kPutin, "2024-06-19", 3)});
  Put(*store, Doc("hi-1", "hi", "h2"), {Fact("hi-1", "hi", kKim, Relation::kConsult, kPutin, "2024-06-19", 1),
                                        Fact("hi-1", "hi", kKim, Relation::kConsult, kPutin, "2024-06-19", 0)});
  EdgeFilter f;
  for (auto [how, n] : {std::pair{EvidenceRead::kAll, 3}, {EvidenceRead::kFirst, 1}, {EvidenceRead::kNone, 0}}) {
    f.evidence = how;
    auto edges = Query(*store, f);
    REQUIRE(edges.size() == 1);
    CHECK(edges[0].evidence.size() == static_cast<std::size_t>(n));
    CHECK(edges[0].mentions == 3);
    CHECK(edges[0].articles == 2);
    if (n > 0) CHECK(edges[0].evidence[0].doc == "en-1");  // the smallest (doc, sentence) key
  }
}

}  // namespace jaal::store

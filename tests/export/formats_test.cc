// The text each non-GraphML writer produces: structure, dates, escaping and stream failures. What
// external readers make of it is in formats_consumers_test.cc.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstddef>
#include <filesystem>
#include <functional>
#include <sstream>
#include <streambuf>
#include <string>
#include <string_view>
#include <vector>

#include "consumer_support.h"
#include "export_fixtures.h"
#include "jaal/core/json.h"
#include "jaal/exporter/formats.h"

using namespace jaal;
using jaal::graph::KnowledgeGraph;
using jaal::testing::kHostileHi;
using jaal::testing::kHostileName;
using jaal::testing::kHostileNameWithoutControl;

namespace {

using StreamWriter = Status (*)(const KnowledgeGraph&, std::ostream&);

struct NamedWriter {
  const char* name;
  StreamWriter write;
};

constexpr NamedWriter kStreamWriters[] = {
    {"GraphML", exporter::WriteGraphml},          {"GEXF", exporter::WriteGexf},
    {"Cytoscape.js JSON", exporter::WriteCytoscapeJson}, {"DOT", exporter::WriteDot},
    {"N-Triples", exporter::WriteNTriples},        {"JSONL", exporter::WriteEdgesJsonl},
    {"Neo4j nodes CSV", exporter::WriteNeo4jNodes}, {"Neo4j relationships CSV", exporter::WriteNeo4jRelationships},
};

std::string Write(StreamWriter write, const KnowledgeGraph& g = testing::FormatsFixtureGraph()) {
  std::ostringstream out;
  Status s = write(g, out);
  REQUIRE_MESSAGE(s.ok(), s.message());
  return out.str();
}

bool Contains(std::string_view haystack, std::string_view needle) { return haystack.find(needle) != std::string_view::npos; }

std::size_t Count(std::string_view haystack, std::string_view needle) {
  std::size_t n = 0;
  for (std::size_t at = haystack.find(needle); at != std::string_view::npos; at = haystack.find(needle, at + 1)) ++n;
  return n;
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

// One edge Kim -> Russia dated `date`.
KnowledgeGraph OneEdge(const std::string& date) {
  KnowledgeGraph g;
  g.AddEntity(Entity{.id = "a", .name = "A"});
  g.AddEntity(Entity{.id = "b", .name = "B"});
  g.AddEdge(Edge{.id = "e", .subject_id = "a", .relation = Relation::kAgree, .object_id = "b", .date = date});
  return g;
}

// Accepts the stream's first `capacity` bytes, then reports failure, like a full disk.
class FullDiskBuf : public std::streambuf {
 public:
  explicit FullDiskBuf(std::size_t capacity) : capacity_(capacity) {}

 protected:
  int_type overflow(int_type ch) override {
    if (written_ >= capacity_ || traits_type::eq_int_type(ch, traits_type::eof())) return traits_type::eof();
    ++written_;
    return ch;
  }

 private:
  std::size_t capacity_;
  std::size_t written_ = 0;
};

}  // namespace

// ---- GEXF ---------------------------------------------------------------------------------------

TEST_CASE("GEXF is a dynamic graph with date time format and attributes declared per class") {
  std::string xml = Write(exporter::WriteGexf);
  CHECK(xml.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<gexf xmlns=\"http://www.gexf.net/1.2draft\"", 0) == 0);
  CHECK(Contains(xml, "version=\"1.2\">"));
  CHECK(Contains(xml, "<graph mode=\"dynamic\" timeformat=\"date\" defaultedgetype=\"directed\">"));
  CHECK(Count(xml, "<attributes class=\"node\" mode=\"static\">") == 1);
  CHECK(Count(xml, "<attributes class=\"edge\" mode=\"static\">") == 1);
  CHECK(Contains(xml, "<attribute id=\"node_degree\" title=\"degree\" type=\"integer\"/>"));
  CHECK(Contains(xml, "<attribute id=\"edge_asserted\" title=\"asserted\" type=\"boolean\"/>"));
  CHECK(Contains(xml, "<nodes count=\"5\">"));
  CHECK(Contains(xml, "<edges count=\"7\">"));
  CHECK(xml.rfind("<node ") < xml.find("<edge "));
  CHECK(xml.ends_with("    </edges>\n  </graph>\n</gexf>\n"));
}

TEST_CASE("a GEXF edge lives from the first to the last day of its date's period") {
  struct Case {
    const char* date;
    const char* start;
    const char* end;
  };
  for (Case c : {Case{"2024-06-19", "2024-06-19", "2024-06-19"}, {"2024-02", "2024-02-01", "2024-02-29"},
                 {"2023-02", "2023-02-01", "2023-02-28"}, {"2024-12", "2024-12-01", "2024-12-31"},
                 {"2022", "2022-01-01", "2022-12-31"}}) {
    CAPTURE(c.date);
    std::string xml = Write(exporter::WriteGexf, OneEdge(c.date));
    std::string period = std::string("start=\"") + c.start + "\" end=\"" + c.end + "\"";
    CHECK(Contains(xml, "<edge id=\"e0\" source=\"n0\" target=\"n1\" label=\"AGREE\" " + period + ">"));
    // With one edge, each endpoint's spell is that edge's period.
    CHECK(Contains(xml, "<node id=\"n0\" label=\"A\" " + period + ">"));
    CHECK(Contains(xml, "<node id=\"n1\" label=\"B\" " + period + ">"));
  }
  for (const char* undated : {"", "soon", "2024-13"}) {
    CAPTURE(undated);
    std::string xml = Write(exporter::WriteGexf, OneEdge(undated));
    CHECK_FALSE(Contains(xml, "start="));
    CHECK_FALSE(Contains(xml, "end="));
  }
}

TEST_CASE("a GEXF node spans its dated edges and an undated node stays always present") {
  std::string xml = Write(exporter::WriteGexf);
  CHECK(Contains(xml, "<node id=\"n0\" label=\"Kim Jong-un\" start=\"2022-01-01\" end=\"2024-06-19\">"));
  CHECK(Contains(xml, "<node id=\"n1\" label=\"Russia\" start=\"2023-09-13\" end=\"2024-06-19\">"));
  CHECK(Contains(xml, "<node id=\"n3\" label=\"Bare\">"));
  CHECK(Contains(xml, "<edge id=\"e0\" source=\"n0\" target=\"n1\" label=\"CONSULT\" weight=\"2\" start=\"2024-06-19\" end=\"2024-06-19\">"));
  CHECK(Contains(xml, "<edge id=\"e4\" source=\"n1\" target=\"n3\" label=\"ROLE\">"));
}

TEST_CASE("GEXF text is escaped as in GraphML, with tab and newline kept in attribute values") {
  std::string xml = Write(exporter::WriteGexf);
  CHECK(Contains(xml, "label=\"Kim &quot;Rocket&quot; &amp; Sons&#9;किम &amp; &lt;बेटे&gt;\""));
  CHECK(Contains(xml, "<attvalue for=\"node_name_hi\" value=\"" + testing::kKimHi + "\"/>"));
  CHECK(Contains(xml, "<attvalue for=\"edge_evidence\" value=\"Line one&#13;&#10;&#9;A &amp; B &lt;said&gt; &quot;no&quot;\"/>"));
  CHECK(Contains(xml, "label=\"Smith &amp; &quot;Sons&quot; &lt;Trading&gt; &apos;Ltd&apos;\xEF\xBF\xBD(Co)\""));
  CHECK_FALSE(Contains(xml, "\x01"));
}

// ---- Cytoscape.js JSON ----------------------------------------------------------------------------

TEST_CASE("Cytoscape.js JSON has nodes then edges with typed data and exact text") {
  std::string text = Write(exporter::WriteCytoscapeJson);
  auto doc = json::Parse(text);
  REQUIRE_MESSAGE(doc.ok(), doc.status().message());
  const json::Value* elements = doc->Find("elements");
  REQUIRE(elements != nullptr);
  const auto& nodes = elements->Find("nodes")->as_array();
  const auto& edges = elements->Find("edges")->as_array();
  CHECK(nodes.size() == testing::kFormatsFixtureEntities);
  CHECK(edges.size() == testing::kFormatsFixtureEdges);
  CHECK(text.find("\"nodes\"") < text.find("\"edges\""));
  const json::Value& hostile = *nodes[4].Find("data");
  CHECK(hostile.Find("id")->as_string() == "n4");
  CHECK(hostile.Find("label")->as_string() == kHostileName);  // JSON carries the control as \u0001
  CHECK(hostile.Find("name_hi")->as_string() == kHostileHi);
  CHECK(hostile.Find("entity_id")->as_string() == "new:rocket,sons;\"x\"");
  CHECK(hostile.Find("degree")->is_number());
  const json::Value& e0 = *edges[0].Find("data");
  CHECK(e0.Find("source")->as_string() == "n0");
  CHECK(e0.Find("target")->as_string() == "n1");
  CHECK(e0.Find("mentions")->as_number() == 2);
  CHECK(e0.Find("asserted")->as_bool() == false);
  CHECK(e0.Find("mode")->as_string() == "visit");
  CHECK(edges[1].Find("data")->Find("mode") == nullptr);  // empty values are left out
  // Invalid UTF-8 is replaced; the control, which JSON can carry, is kept.
  CHECK(nodes[2].Find("data")->Find("name")->as_string() == "Smith & \"Sons\" <Trading> 'Ltd'\x01\xEF\xBF\xBD(Co)");
}

// ---- JSONL --------------------------------------------------------------------------------------

TEST_CASE("JSONL has one object per edge with names, ids, every field and all evidence") {
  std::vector<std::string> lines = Lines(Write(exporter::WriteEdgesJsonl));
  REQUIRE(lines.size() == testing::kFormatsFixtureEdges);
  std::vector<json::Value> edges;
  for (const std::string& line : lines) {
    auto v = json::Parse(line);
    REQUIRE_MESSAGE(v.ok(), v.status().message());
    for (const char* key : {"id", "subject_id", "subject", "subject_hi", "relation", "object_id", "object", "object_hi",
                            "mode", "predicate", "date", "modality", "attributed_to", "mentions", "articles", "evidence"}) {
      CHECK_MESSAGE(v->Find(key) != nullptr, key);
    }
    edges.push_back(*v);
  }
  const json::Value& visit = edges[0];
  CHECK(visit.Find("subject")->as_string() == "Kim Jong-un");
  CHECK(visit.Find("subject_hi")->as_string() == testing::kKimHi);
  CHECK(visit.Find("object_id")->as_string() == "country:RU");
  CHECK(visit.Find("attributed_to")->as_array().size() == 2);
  const auto& evidence = visit.Find("evidence")->as_array();
  REQUIRE(evidence.size() == 2);
  CHECK(evidence[0].Find("text")->as_string() == "किम जोंग-उन ने रूस की यात्रा की।");
  CHECK(evidence[0].Find("lang")->as_string() == "hi");
  CHECK(evidence[1].Find("doc")->as_string() == "en/kim-visit.txt");
  CHECK(edges[3].Find("evidence")->as_array()[0].Find("text")->as_string() == "Line one\r\n\tA & B <said> \"no\"");
  CHECK(edges[5].Find("subject")->as_string() == kHostileName);
  CHECK(edges[6].Find("object")->as_string() == kHostileName);
  CHECK(edges[6].Find("date")->as_string() == "2022");
}

// ---- DOT ----------------------------------------------------------------------------------------

TEST_CASE("DOT quotes ids, escapes labels, styles by type and names a Devanagari font") {
  std::string dot = Write(exporter::WriteDot);
  CHECK(dot.find("digraph jaal {\n") != std::string::npos);
  CHECK(Contains(dot, "fontname=\"Noto Sans,Noto Sans Devanagari\""));
  CHECK(Contains(dot, "\"Q56226\" [label=\"Kim Jong-un\\n" + testing::kKimHi + "\", shape=ellipse, fillcolor=\"#a6cee3\"];"));
  CHECK(Contains(dot, "\"new:rocket,sons;\\\"x\\\"\" [label=\"Kim \\\"Rocket\\\" & Sons किम & <बेटे>\\n" +
                          std::string("रॉकेट \\\"संस\\\" & कंपनी\", shape=octagon")));
  CHECK(Contains(dot, "\"Q56226\" -> \"country:RU\" [label=\"CONSULT\\n2024-06-19\", style=dashed];"));
  CHECK(Count(dot, " -> ") == testing::kFormatsFixtureEdges);
  CHECK_FALSE(Contains(dot, "\x01"));
  // A backslash in a name stays a backslash rather than starting a Graphviz escape like \N.
  KnowledgeGraph g;
  g.AddEntity(Entity{.id = "x", .name = "a\\Nb"});
  CHECK(Contains(Write(exporter::WriteDot, g), "[label=\"a\\\\Nb\""));
}

// ---- N-Triples ----------------------------------------------------------------------------------

TEST_CASE("N-Triples use percent-encoded entity IRIs, language-tagged labels and typed dates") {
  std::string nt = Write(exporter::WriteNTriples);
  for (const std::string& line : Lines(nt)) CHECK_MESSAGE(line.ends_with(" ."), line);
  const std::string kim = "<https://jaal.invalid/entity/Q56226>";
  const std::string hostile = "<https://jaal.invalid/entity/new%3Arocket%2Csons%3B%22x%22>";
  const std::string label = " <http://www.w3.org/2000/01/rdf-schema#label> ";
  CHECK(Contains(nt, kim + label + "\"Kim Jong-un\"@en .\n"));
  CHECK(Contains(nt, kim + label + "\"" + testing::kKimHi + "\"@hi .\n"));
  CHECK(Contains(nt, kim + " <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://jaal.invalid/vocab/Person> .\n"));
  CHECK(Contains(nt, kim + " <http://www.w3.org/2002/07/owl#sameAs> <http://www.wikidata.org/entity/Q56226> .\n"));
  CHECK(Contains(nt, hostile + label + "\"Kim \\\"Rocket\\\" & Sons\\u0001\\tकिम & <बेटे>\"@en .\n"));
  CHECK(Contains(nt, "\"Line one\\r\\n\\tA & B <said> \\\"no\\\"\" .\n"));
  const std::string date = " <https://jaal.invalid/vocab/date> ";
  const std::string xsd = "^^<http://www.w3.org/2001/XMLSchema#";
  CHECK(Contains(nt, "<https://jaal.invalid/edge/e%3Akim-consult-ru>" + date + "\"2024-06-19\"" + xsd + "date> .\n"));
  CHECK(Contains(nt, "<https://jaal.invalid/edge/e%3Arocket-assault-ru>" + date + "\"2024-02\"" + xsd + "gYearMonth> .\n"));
  CHECK(Contains(nt, "<https://jaal.invalid/edge/e%3Akim-threaten-rocket>" + date + "\"2022\"" + xsd + "gYear> .\n"));
  CHECK(Contains(nt, "<https://jaal.invalid/edge/e%3Akim-consult-ru> <https://jaal.invalid/vocab/relation> "
                     "<https://jaal.invalid/relation/CONSULT> .\n"));
  CHECK(Count(nt, "<https://jaal.invalid/vocab/Edge> .\n") == testing::kFormatsFixtureEdges);
}

// ---- Neo4j --------------------------------------------------------------------------------------

TEST_CASE("Neo4j CSVs have typed headers, RFC 4180 quoting, labels and full dates only as date") {
  std::vector<std::string> nodes = Lines(Write(exporter::WriteNeo4jNodes));
  REQUIRE(nodes.size() == 1 + testing::kFormatsFixtureEntities);
  CHECK(nodes[0] == "id:ID,:LABEL,name,name_hi,aliases:string[],wikidata,type");
  CHECK(nodes[1] == "Q56226,Entity;Person,Kim Jong-un," + testing::kKimHi + ",Kim Jong Un;किम जोंग उन,Q56226,person");
  CHECK(nodes[4] == "new:bare,Entity,Bare,,,,unknown");
  // The array delimiter inside an alias becomes a comma; quotes are doubled.
  CHECK(nodes[5] == "\"new:rocket,sons;\"\"x\"\"\",Entity;ArmedGroup,\"Kim \"\"Rocket\"\" & Sons\x01\tकिम & <बेटे>\","
                    "\"रॉकेट \"\"संस\"\" & कंपनी\",\"Rocket, Sons;रॉकेट, संस\",,armed_group");
  std::vector<std::string> rels = Lines(Write(exporter::WriteNeo4jRelationships));
  REQUIRE(rels.size() == 1 + testing::kFormatsFixtureEdges);
  CHECK(rels[0] == ":START_ID,:END_ID,:TYPE,date:date,date_text,mode,predicate,modality,mentions:int,articles:int,"
                   "attributed_to:string[],edge_id");
  CHECK(rels[1] == "Q56226,country:RU,CONSULT,2024-06-19,,visit,visited,claimed,2,2,KCNA;Yonhap,e:kim-consult-ru");
  CHECK(rels[6] == "\"new:rocket,sons;\"\"x\"\"\",country:RU,ASSAULT,,2024-02,,,asserted,1,1,\"Reuters, AP\",e:rocket-assault-ru");
  CHECK(rels[7] == "Q56226,\"new:rocket,sons;\"\"x\"\"\",THREATEN,,2022,,,denied,0,0,,e:kim-threaten-rocket");
}

TEST_CASE("the Neo4j directory gets both files and no leftovers") {
  testing::TempDir dir;
  const std::filesystem::path out = dir.path() / "new" / "neo4j";
  Status s = exporter::WriteNeo4jCsv(testing::FormatsFixtureGraph(), out);
  REQUIRE_MESSAGE(s.ok(), s.message());
  std::vector<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(out)) names.push_back(entry.path().filename().string());
  std::sort(names.begin(), names.end());
  CHECK(names == std::vector<std::string>{"nodes.csv", "relationships.csv"});
  CHECK(testing::ReadFile((out / "nodes.csv").string()) == Write(exporter::WriteNeo4jNodes));
  CHECK(testing::ReadFile((out / "relationships.csv").string()) == Write(exporter::WriteNeo4jRelationships));
}

TEST_CASE("a failed atomic write leaves neither the file nor its temporary") {
  testing::TempDir dir;
  const std::filesystem::path path = dir.path() / "g.txt";
  Status s = exporter::WriteFileAtomically(path, [](std::ostream& o) {
    o << "half";
    return Status::IoError("disk full");
  });
  CHECK(s.code() == Status::Code::kIoError);
  CHECK(s.message() == path.string() + ": disk full");
  CHECK(std::filesystem::is_empty(dir.path()));
  Status missing_dir = exporter::WriteFileAtomically(dir.path() / "no" / "g.txt", [](std::ostream&) { return Status::Ok(); });
  CHECK(missing_dir.code() == Status::Code::kIoError);
}

// ---- Every stream writer ------------------------------------------------------------------------

TEST_CASE("every writer gives IoError naming its format when the stream fails or throws") {
  for (NamedWriter w : kStreamWriters) {
    std::string format = w.name;
    CAPTURE(format);
    {
      std::ostringstream out;
      out.setstate(std::ios::badbit);
      Status s = w.write(testing::FormatsFixtureGraph(), out);
      CHECK(s.code() == Status::Code::kIoError);
      CHECK(Contains(s.message(), w.name));
    }
    {
      FullDiskBuf full(100);
      std::ostream out(&full);
      Status s = w.write(testing::FormatsFixtureGraph(), out);
      CHECK(s.code() == Status::Code::kIoError);
    }
    {
      FullDiskBuf full(100);
      std::ostream out(&full);
      out.exceptions(std::ios::badbit | std::ios::failbit);
      Status s = Status::Ok();
      CHECK_NOTHROW(s = w.write(testing::FormatsFixtureGraph(), out));
      CHECK(s.code() == Status::Code::kIoError);
    }
  }
}

TEST_CASE("every writer handles an empty graph") {
  for (NamedWriter w : kStreamWriters) {
    std::string format = w.name;
    CAPTURE(format);
    std::ostringstream out;
    Status s = w.write(KnowledgeGraph(), out);
    CHECK(s.ok());
  }
  CHECK(Write(exporter::WriteCytoscapeJson, KnowledgeGraph()) == "{\"elements\":{\"nodes\":[\n],\"edges\":[\n]}}\n");
  CHECK(Write(exporter::WriteEdgesJsonl, KnowledgeGraph()).empty());
}

// The GraphML text itself: typed per-domain keys, stable ids, and escaping that keeps any input
// well-formed. What external readers make of it is in graphml_consumers_test.cc.
#include <doctest/doctest.h>

#include <cstddef>
#include <sstream>
#include <streambuf>
#include <string>
#include <string_view>

#include "export_fixtures.h"
#include "jaal/exporter/graphml.h"

using namespace jaal;
using jaal::exporter::WriteGraphml;
using jaal::graph::KnowledgeGraph;

namespace {

std::string Write(const KnowledgeGraph& g) {
  std::ostringstream out;
  Status s = WriteGraphml(g, out);
  REQUIRE_MESSAGE(s.ok(), s.message());
  return out.str();
}

std::size_t Count(std::string_view haystack, std::string_view needle) {
  std::size_t n = 0;
  for (std::size_t at = haystack.find(needle); at != std::string_view::npos; at = haystack.find(needle, at + 1)) ++n;
  return n;
}

// The <data key="node_label"> text written for an entity named `name`.
std::string WrittenLabel(const std::string& name) {
  KnowledgeGraph g;
  g.AddEntity(Entity{.id = "x", .name = name});
  std::string xml = Write(g);
  const std::string open = "<data key=\"node_label\">";
  std::size_t begin = xml.find(open);
  if (begin == std::string::npos) return "<omitted>";
  begin += open.size();
  return xml.substr(begin, xml.find("</data>", begin) - begin);
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

TEST_CASE("the document starts with the XML declaration and the GraphML namespace and schema") {
  std::string xml = Write(testing::FixtureGraph());
  CHECK(xml.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"", 0) == 0);
  CHECK(xml.find("xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"") != std::string::npos);
  CHECK(xml.find("xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\"") != std::string::npos);
  CHECK(xml.find("<graph id=\"jaal\" edgedefault=\"directed\">") != std::string::npos);
  CHECK(xml.ends_with("    </edge>\n  </graph>\n</graphml>\n"));
}

TEST_CASE("keys are declared per domain with a name and a type, never for all") {
  std::string xml = Write(testing::FixtureGraph());
  CHECK(Count(xml, "for=\"all\"") == 0);
  CHECK(Count(xml, "<key ") == 20);
  CHECK(Count(xml, "for=\"node\"") == 7);
  CHECK(Count(xml, "for=\"edge\"") == 13);
  CHECK(Count(xml, "attr.name=") == 20);
  CHECK(Count(xml, "attr.type=") == 20);
  // Table: every attribute with the type readers convert it to.
  struct Expected {
    const char* domain;
    const char* name;
    const char* type;
  };
  for (Expected k : {Expected{"node", "label", "string"}, {"node", "name", "string"}, {"node", "type", "string"},
                     {"node", "name_hi", "string"}, {"node", "aliases", "string"}, {"node", "entity_id", "string"},
                     {"node", "degree", "int"}, {"edge", "label", "string"}, {"edge", "relation", "string"},
                     {"edge", "mode", "string"}, {"edge", "predicate", "string"}, {"edge", "date", "string"},
                     {"edge", "modality", "string"}, {"edge", "asserted", "boolean"},
                     {"edge", "attributed_to", "string"}, {"edge", "mentions", "int"}, {"edge", "articles", "int"},
                     {"edge", "edge_id", "string"}, {"edge", "evidence", "string"}, {"edge", "evidence_doc", "string"}}) {
    std::string line = std::string("<key id=\"") + k.domain + "_" + k.name + "\" for=\"" + k.domain +
                       "\" attr.name=\"" + k.name + "\" attr.type=\"" + k.type + "\"/>";
    CHECK_MESSAGE(xml.find(line) != std::string::npos, line);
  }
}

TEST_CASE("all nodes come before all edges, with ids n0.. and e0.. and parallel edges kept") {
  std::string xml = Write(testing::FixtureGraph());
  CHECK(xml.rfind("<node ") < xml.find("<edge "));
  CHECK(Count(xml, "<node id=\"n") == testing::kFixtureEntities);
  CHECK(Count(xml, "<edge id=\"e") == testing::kFixtureEdges);
  for (int i = 0; i < testing::kFixtureEntities; ++i) CHECK(Count(xml, "<node id=\"n" + std::to_string(i) + "\">") == 1);
  for (int i = 0; i < testing::kFixtureEdges; ++i) CHECK(Count(xml, "<edge id=\"e" + std::to_string(i) + "\" ") == 1);
  CHECK(Count(xml, "source=\"n0\" target=\"n1\"") == testing::kFixtureKimToRussiaEdges);
}

TEST_CASE("node data carry label, name, type, Hindi name, joined aliases, id and degree") {
  std::string xml = Write(testing::FixtureGraph());
  CHECK(xml.find("<node id=\"n0\">\n"
                 "      <data key=\"node_label\">Kim Jong-un</data>\n"
                 "      <data key=\"node_name\">Kim Jong-un</data>\n"
                 "      <data key=\"node_type\">person</data>\n"
                 "      <data key=\"node_name_hi\">किम जोंग-उन</data>\n"
                 "      <data key=\"node_aliases\">Kim Jong Un|किम जोंग उन</data>\n"
                 "      <data key=\"node_entity_id\">Q56226</data>\n"
                 "      <data key=\"node_degree\">3</data>\n"
                 "    </node>") != std::string::npos);
  CHECK(xml.find("<data key=\"node_degree\">5</data>") != std::string::npos);  // Russia
}

TEST_CASE("edge data carry relation, mode, modality, sources, counts and the first evidence sentence") {
  std::string xml = Write(testing::FixtureGraph());
  CHECK(xml.find("<edge id=\"e0\" source=\"n0\" target=\"n1\">\n"
                 "      <data key=\"edge_label\">CONSULT</data>\n"
                 "      <data key=\"edge_relation\">CONSULT</data>\n"
                 "      <data key=\"edge_mode\">visit</data>\n"
                 "      <data key=\"edge_predicate\">visited</data>\n"
                 "      <data key=\"edge_date\">2024-06-19</data>\n"
                 "      <data key=\"edge_modality\">claimed</data>\n"
                 "      <data key=\"edge_asserted\">false</data>\n"
                 "      <data key=\"edge_attributed_to\">KCNA; Yonhap</data>\n"
                 "      <data key=\"edge_mentions\">2</data>\n"
                 "      <data key=\"edge_articles\">2</data>\n"
                 "      <data key=\"edge_edge_id\">e:kim-consult-ru</data>\n"
                 "      <data key=\"edge_evidence\">किम जोंग-उन ने रूस की यात्रा की।</data>\n"
                 "      <data key=\"edge_evidence_doc\">hi/kim-visit.txt</data>\n"
                 "    </edge>") != std::string::npos);
  CHECK(Count(xml, "<data key=\"edge_asserted\">true</data>") == 3);
  CHECK(xml.find(">second<") == std::string::npos);  // only the first evidence is exported
}

TEST_CASE("a data element whose value is empty is omitted") {
  std::string xml = Write(testing::FixtureGraph());
  CHECK(Count(xml, "key=\"node_name_hi\"") == 2);    // Kim and Russia only
  CHECK(Count(xml, "key=\"node_aliases\"") == 1);    // Kim only
  CHECK(Count(xml, "key=\"edge_mode\"") == 1);
  CHECK(Count(xml, "key=\"edge_date\"") == 3);       // accuse and role have no date
  CHECK(Count(xml, "key=\"edge_evidence\"") == 2);
  CHECK(Count(xml, "key=\"edge_attributed_to\"") == 1);
  CHECK(xml.find("\"></data>") == std::string::npos);
  CHECK(Count(xml, "key=\"edge_mentions\"") == testing::kFixtureEdges);  // 0 is a value, not empty
}

TEST_CASE("text is escaped, control characters dropped and invalid UTF-8 replaced by U+FFFD") {
  struct Case {
    const char* what;
    std::string input;
    std::string written;
  };
  const std::string fffd = "\xEF\xBF\xBD";
  const Case cases[] = {
      {"ampersand", "A & B", "A &amp; B"},
      {"angle brackets", "<x>", "&lt;x&gt;"},
      {"quotes", "say \"hi\" it's", "say &quot;hi&quot; it&apos;s"},
      {"C0 control dropped", "a\x01" "b\x1F" "c", "abc"},
      {"tab and newline kept", "a\tb\nc", "a\tb\nc"},
      {"carriage return kept as a reference", "a\rb", "a&#13;b"},
      {"DEL and C1 controls are legal XML 1.0", "a\x7F" "b\xC2\x85", "a\x7F" "b\xC2\x85"},
      {"stray byte", "a\xFF" "b", "a" + fffd + "b"},
      {"run of invalid bytes gives one replacement", "a\xFF\xFE\x80" "b", "a" + fffd + "b"},
      {"truncated Devanagari at the end", "\xE0\xA4", fffd},
      {"overlong slash", "\xC0\xAF", fffd},
      {"UTF-16 surrogate", "\xED\xA0\x80", fffd},
      {"beyond U+10FFFF", "\xF4\x90\x80\x80", fffd},
      {"noncharacters U+FFFE and U+FFFF dropped", "a\xEF\xBF\xBE\xEF\xBF\xBF" "b", "ab"},
      {"Devanagari kept", "किम जोंग-उन", "किम जोंग-उन"},
      {"four-byte character kept", "\xF0\x9F\x98\x80", "\xF0\x9F\x98\x80"},
      {"empty label omitted", "", "<omitted>"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.what);
    CHECK(WrittenLabel(c.input) == c.written);
  }
}

TEST_CASE("the whole document is valid UTF-8 without C0 controls other than tab and newline") {
  std::string xml = Write(testing::FixtureGraph());
  for (unsigned char c : xml) {
    if (c < 0x20) CHECK_MESSAGE((c == '\n' || c == '\t'), "control byte ", int(c));
    CHECK(c != 0xFF);
  }
  CHECK(xml.find("Smith &amp; &quot;Sons&quot; &lt;Trading&gt; &apos;Ltd&apos;\xEF\xBF\xBD(Co)") != std::string::npos);
  CHECK(xml.find("Line one&#13;\n\tA &amp; B &lt;said&gt; &quot;no&quot;") != std::string::npos);
}

TEST_CASE("an empty graph is still a complete GraphML document") {
  std::string xml = Write(KnowledgeGraph{});
  CHECK(Count(xml, "<key ") == 20);
  CHECK(xml.find("<node") == std::string::npos);
  CHECK(xml.find("<graph id=\"jaal\" edgedefault=\"directed\">\n  </graph>\n</graphml>\n") != std::string::npos);
}

TEST_CASE("a stream that is already failed gives IoError") {
  std::ostringstream out;
  out.setstate(std::ios::badbit);
  Status s = WriteGraphml(testing::FixtureGraph(), out);
  CHECK(s.code() == Status::Code::kIoError);
  CHECK(out.str().empty());
}

TEST_CASE("a stream that fails part way gives IoError, also when it throws on failure") {
  {
    FullDiskBuf full(100);
    std::ostream out(&full);
    Status s = WriteGraphml(testing::FixtureGraph(), out);
    CHECK(s.code() == Status::Code::kIoError);
    CHECK(s.message().find("GraphML") != std::string::npos);
  }
  {
    FullDiskBuf full(1000);
    std::ostream out(&full);
    out.exceptions(std::ios::badbit | std::ios::failbit);
    Status s = Status::Ok();
    CHECK_NOTHROW(s = WriteGraphml(testing::FixtureGraph(), out));
    CHECK(s.code() == Status::Code::kIoError);
  }
}

// Writes the fuzzers' seed corpora: samples/ articles as .txt, JSONL and plain text, the samples'
// expected-triple lines as JSON, and typical store records for the codec fuzzer.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "codec.h"
#include "jaal/core/json.h"

namespace fs = std::filesystem;
using namespace jaal;
using namespace jaal::store;

namespace {

void Write(const fs::path& dir, const std::string& name, const std::string& bytes) {
  fs::create_directories(dir);
  std::ofstream(dir / name, std::ios::binary | std::ios::trunc) << bytes;
}

std::string Slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string Body(const std::string& txt) {
  if (txt.rfind("---\n", 0) != 0) return txt;
  size_t end = txt.find("\n---\n", 4);
  return end == std::string::npos ? txt : txt.substr(end + 5);
}

void CodecSeeds(const fs::path& dir) {
  auto put = [&](int selector, const std::string& name, const std::string& value) {
    Write(dir, name, std::string(1, static_cast<char>(selector)) + value);
  };
  put(0, "document", codec::EncodeDocument({"hi-0001", "hi", "मोदी और पुतिन", "2024-07-08", "samples/hi/x.txt", "00ff", 3}));
  codec::Sighting s{"Narendra Modi", "नरेंद्र मोदी", EntityType::kPerson, {"Modi", "नरेंद्र मोदी"}};
  put(1, "sighting", codec::EncodeSighting(s));
  codec::EntityRecord e;
  e.entity = Entity{"Q1058", "Narendra Modi", "नरेंद्र मोदी", EntityType::kPerson, {"Modi", "नरेंद्र मोदी"}};
  e.alias_docs = {{"Modi", 2}, {"नरेंद्र मोदी", 1}};
  e.name_doc = e.name_hi_doc = e.type_doc = "hi-0001";
  e.docs = 2;
  put(2, "entity", codec::EncodeEntity(e));
  codec::EdgeRecord g;
  g.edge.id = "e0123456789abcdef";
  g.edge.subject_id = "Q1058";
  g.edge.relation = Relation::kConsult;
  g.edge.object_id = "Q7747";
  g.edge.mode = "met";
  g.edge.predicate = "मुलाकात की";
  g.edge.date = "2024-07-08";
  g.edge.attributed_to = {"TASS"};
  g.edge.mentions = 2;
  g.edge.articles = 1;
  g.modality_counts = {1, 1, 0, 0};
  g.attributions = {{"TASS", 1}};
  g.rep_doc = "hi-0001";
  put(3, "edge", codec::EncodeEdge(g));
  codec::EvidenceRecord v;
  v.evidence.lang = "hi";
  v.evidence.span = {10, 42};
  v.evidence.text = "मोदी ने पुतिन से मुलाकात की।";
  v.evidence.modality = Modality::kClaimed;
  v.evidence.attributed_to = {"TASS"};
  v.evidence.confidence = 0.75;
  v.mode = "met";
  v.predicate = "मुलाकात की";
  put(4, "evidence", codec::EncodeEvidence(v));
  put(5, "sentences", codec::EncodeSentences({0, 3, 17}));
  put(6, "count", codec::EncodeCount(-12345));
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: fuzz_seeds OUTDIR\n");
    return 2;
  }
  const fs::path out = argv[1];
  const fs::path samples = fs::path(JAAL_SOURCE_DIR) / "samples";
  std::vector<fs::path> files;
  for (const auto& f : fs::recursive_directory_iterator(samples)) files.push_back(f.path());
  int n = 0;
  std::string jsonl_all;
  for (const fs::path& p : files) {
    std::string name = p.filename().string();
    std::string data = Slurp(p);
    if (name.find(".expected.jsonl") != std::string::npos) {
      std::istringstream lines(data);
      std::string line;
      for (int i = 0; std::getline(lines, line) && i < 3; ++i) Write(out / "fuzz_json", name + "." + std::to_string(i), line);
      continue;
    }
    if (p.extension() != ".txt" || p.parent_path() == samples) continue;
    ++n;
    Write(out / "fuzz_txt_reader", name, data);
    std::string body = Body(data);
    Write(out / "fuzz_segmenter", name, body);
    Write(out / "fuzz_extractor", name, std::string(name.rfind("hi", 0) == 0 || p.parent_path().filename() == "hi" ? "\x00" : "\x01", 1) + body);
    std::string line;
    json::ObjectWriter w(line);
    w.Field("id", p.stem().string()).Field("lang", p.parent_path().filename().string()).Field("date", "2024-07-08").Field("text", body);
    w.Close();
    Write(out / "fuzz_json", name + ".article", line);
    Write(out / "fuzz_jsonl_reader", name + ".jsonl", line + "\n");
    if (n <= 4) jsonl_all += line + "\n\n";
  }
  Write(out / "fuzz_jsonl_reader", "several.jsonl", jsonl_all + "{\"id\":7,\"text\":\"x\",\"title\":null}\r\nnot json\n");
  Write(out / "fuzz_txt_reader", "bom.txt", "\xEF\xBB\xBF---\r\ntitle: 'x'\r\nid: y\r\n---\r\nRussia and China met.");
  CodecSeeds(out / "fuzz_codec");
  return 0;
}

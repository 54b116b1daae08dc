// The two views writers read: an in-memory KnowledgeGraph, and a stream from the store that keeps
// only the id map (entity id -> node index, degree, first and last day) between its passes.
#include "jaal/exporter/graph_view.h"

#include <boost/range/iterator_range.hpp>
#include <fmt/format.h>

#include <map>
#include <unordered_map>
#include <vector>

#include "date_period.h"
#include "jaal/graph/analytics.h"

namespace jaal::exporter {
namespace {

// Widens a node's span of days by one edge's date (undated and unparseable dates add nothing).
void AddDate(const std::string& date, NodeFacts& facts) {
  std::optional<DatePeriod> p = PeriodOf(date);
  if (!p) return;
  if (!facts.first_day || p->first.DaysSinceEpoch() < facts.first_day->DaysSinceEpoch()) facts.first_day = p->first;
  if (!facts.last_day || p->last.DaysSinceEpoch() > facts.last_day->DaysSinceEpoch()) facts.last_day = p->last;
}

class InMemoryView : public GraphView {
 public:
  explicit InMemoryView(const graph::KnowledgeGraph& graph) : graph_(graph), facts_(graph.num_entities()) {
    std::vector<int> degrees = graph::Degrees(graph);
    for (std::size_t i = 0; i < facts_.size(); ++i) facts_[i].degree = degrees[i];
    const auto& g = graph.graph();
    for (auto e : boost::make_iterator_range(boost::edges(g))) {
      AddDate(g[e].date, facts_[boost::source(e, g)]);
      AddDate(g[e].date, facts_[boost::target(e, g)]);
    }
  }
  std::size_t num_nodes() const override { return graph_.num_entities(); }
  std::size_t num_edges() const override { return graph_.num_edges(); }
  Status ForEachNode(const std::function<Status(std::size_t, const Entity&, const NodeFacts&)>& fn) const override {
    const auto& g = graph_.graph();
    for (auto v : boost::make_iterator_range(boost::vertices(g)))
      if (Status s = fn(v, g[v], facts_[v]); !s.ok()) return s;
    return Status::Ok();
  }
  Status ForEachEdge(EvidenceNeed,
                     const std::function<Status(std::size_t, std::size_t, std::size_t, const Edge&)>& fn) const override {
    const auto& g = graph_.graph();
    std::size_t index = 0;
    for (auto e : boost::make_iterator_range(boost::edges(g)))
      if (Status s = fn(index++, boost::source(e, g), boost::target(e, g), g[e]); !s.ok()) return s;
    return Status::Ok();
  }
  Result<Entity> NodeEntity(std::size_t index) const override { return graph_.graph()[index]; }

 private:
  const graph::KnowledgeGraph& graph_;
  std::vector<NodeFacts> facts_;  // by vertex
};

class StreamedView : public GraphView {
 public:
  explicit StreamedView(const EdgeSource& source) : source_(source) {}

  // The first pass: which entities the exported edges touch, numbered in id order, with their
  // degrees and days. Edges are read without evidence and not kept.
  Status Index() {
    std::map<std::string, NodeFacts> by_id;
    Status s = source_.ForEachEdge(EvidenceNeed::kNone, [&](const Edge& e) {
      NodeFacts& subject = by_id[e.subject_id];
      ++subject.degree;
      AddDate(e.date, subject);
      NodeFacts& object = by_id[e.object_id];
      ++object.degree;
      AddDate(e.date, object);
      ++num_edges_;
      return Status::Ok();
    });
    if (!s.ok()) return s;
    ids_.reserve(by_id.size());
    facts_.reserve(by_id.size());
    index_.reserve(by_id.size());
    for (auto& [id, facts] : by_id) {
      index_.emplace(id, ids_.size());
      ids_.push_back(id);
      facts_.push_back(facts);
    }
    return Status::Ok();
  }

  std::size_t num_nodes() const override { return ids_.size(); }
  std::size_t num_edges() const override { return num_edges_; }
  Status ForEachNode(const std::function<Status(std::size_t, const Entity&, const NodeFacts&)>& fn) const override {
    for (std::size_t i = 0; i < ids_.size(); ++i) {
      auto entity = NodeEntity(i);
      if (!entity.ok()) return entity.status();
      if (Status s = fn(i, *entity, facts_[i]); !s.ok()) return s;
    }
    return Status::Ok();
  }
  Status ForEachEdge(EvidenceNeed need,
                     const std::function<Status(std::size_t, std::size_t, std::size_t, const Edge&)>& fn) const override {
    std::size_t index = 0;
    Status s = source_.ForEachEdge(need, [&](const Edge& e) {
      auto source = index_.find(e.subject_id);
      auto target = index_.find(e.object_id);
      // The source answers both passes from one snapshot, so this means it broke its contract.
      if (source == index_.end() || target == index_.end() || index >= num_edges_)
        return Status::Aborted(fmt::format("edge {} was not there when the export counted the edges", e.id));
      return fn(index++, source->second, target->second, e);
    });
    if (s.ok() && index != num_edges_)
      return Status::Aborted(fmt::format("the export counted {} edges but read {}", num_edges_, index));
    return s;
  }
  Result<Entity> NodeEntity(std::size_t index) const override {
    auto entity = source_.GetEntity(ids_[index]);
    if (!entity.ok() && entity.status().code() == Status::Code::kNotFound)
      return Status::Corruption(fmt::format("edge refers to missing entity '{}'", ids_[index]));
    return entity;
  }

 private:
  const EdgeSource& source_;
  std::vector<std::string> ids_;  // node index -> entity id
  std::vector<NodeFacts> facts_;  // node index -> degree and days
  std::unordered_map<std::string, std::size_t> index_;  // entity id -> node index
  std::size_t num_edges_ = 0;
};

}  // namespace

std::unique_ptr<GraphView> ViewOf(const graph::KnowledgeGraph& graph) { return std::make_unique<InMemoryView>(graph); }

Result<std::unique_ptr<GraphView>> StreamFrom(const EdgeSource& source) {
  auto view = std::make_unique<StreamedView>(source);
  if (Status s = view->Index(); !s.ok()) return s;
  return std::unique_ptr<GraphView>(std::move(view));
}

}  // namespace jaal::exporter

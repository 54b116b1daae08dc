// The graph every export test writes: hostile text, Hindi names and parallel edges in one place.
#pragma once

#include <string>

#include "jaal/graph/knowledge_graph.h"

namespace jaal::testing {

// A name with every character XML cares about, a C0 control (\x01) and an invalid UTF-8 pair
// (\xC3 followed by '(' is not a sequence).
inline const std::string kTrickyName = "Smith & \"Sons\" <Trading> 'Ltd'\x01\xC3(Co)";
// What a GraphML reader must get back: control dropped, the bad byte replaced by U+FFFD.
inline const std::string kTrickyNameRead = "Smith & \"Sons\" <Trading> 'Ltd'\xEF\xBF\xBD(Co)";
inline const std::string kKimHi = "किम जोंग-उन";

inline constexpr int kFixtureEntities = 4;
inline constexpr int kFixtureEdges = 5;
inline constexpr int kFixtureKimToRussiaEdges = 3;

/// n0 Kim Jong-un, n1 Russia, n2 the tricky company, n3 an entity with only id and name.
/// Kim -> Russia three times (CONSULT, AGREE, AGREE on another date), company -> Russia,
/// Russia -> n3.
inline graph::KnowledgeGraph FixtureGraph() {
  graph::KnowledgeGraph g;
  Entity kim{.id = "Q56226", .name = "Kim Jong-un", .name_hi = kKimHi, .type = EntityType::kPerson,
             .aliases = {"Kim Jong Un", "किम जोंग उन"}};
  Entity russia{.id = "country:RU", .name = "Russia", .name_hi = "रूस", .type = EntityType::kCountry};
  Entity tricky{.id = "new:smith-sons", .name = kTrickyName, .type = EntityType::kCompany};
  Entity bare{.id = "new:bare", .name = "Bare"};
  for (const Entity& e : {kim, russia, tricky, bare}) g.AddEntity(e);

  Edge visit{.id = "e:kim-consult-ru", .subject_id = kim.id, .relation = Relation::kConsult,
             .object_id = russia.id, .mode = "visit", .predicate = "visited", .date = "2024-06-19",
             .modality = Modality::kClaimed, .attributed_to = {"KCNA", "Yonhap"}, .mentions = 2,
             .articles = 2};
  visit.evidence.push_back(Evidence{.doc = "hi/kim-visit.txt", .lang = "hi",
                                    .text = "किम जोंग-उन ने रूस की यात्रा की।"});
  visit.evidence.push_back(Evidence{.doc = "en/kim-visit.txt", .lang = "en", .text = "second"});
  Edge agree{.id = "e:kim-agree-ru-2024", .subject_id = kim.id, .relation = Relation::kAgree,
             .object_id = russia.id, .date = "2024-06-19", .mentions = 1, .articles = 1};
  Edge agree_earlier = agree;
  agree_earlier.id = "e:kim-agree-ru-2023";
  agree_earlier.date = "2023-09-13";
  Edge accuse{.id = "e:smith-accuse-ru", .subject_id = tricky.id, .relation = Relation::kAccuse,
              .object_id = russia.id, .mentions = 1, .articles = 1};
  accuse.evidence.push_back(Evidence{.doc = "en/x.txt", .text = "Line one\r\n\tA & B <said> \"no\""});
  Edge role{.id = "e:ru-role-bare", .subject_id = russia.id, .relation = Relation::kRole,
            .object_id = bare.id, .modality = Modality::kFuture};
  for (const Edge& e : {visit, agree, agree_earlier, accuse, role}) g.AddEdge(e);
  return g;
}

// One label with a quote, an ampersand, markup, a C0 control (\x01), a tab and Devanagari.
inline const std::string kHostileName = "Kim \"Rocket\" & Sons\x01\tकिम & <बेटे>";
// The same as formats without a way to carry the control (XML, DOT) give it back.
inline const std::string kHostileNameWithoutControl = "Kim \"Rocket\" & Sons\tकिम & <बेटे>";
inline const std::string kHostileHi = "रॉकेट \"संस\" & कंपनी";

inline constexpr int kFormatsFixtureEntities = kFixtureEntities + 1;
inline constexpr int kFormatsFixtureEdges = kFixtureEdges + 2;

/// FixtureGraph plus what the other formats must also carry: n4, an armed group named kHostileName
/// whose id and aliases hold CSV and array delimiters, an edge n4 -> Russia dated by month only
/// ("2024-02") and an edge Kim -> n4 dated by year only ("2022").
inline graph::KnowledgeGraph FormatsFixtureGraph() {
  graph::KnowledgeGraph g = FixtureGraph();
  g.AddEntity(Entity{.id = "new:rocket,sons;\"x\"", .name = kHostileName, .name_hi = kHostileHi,
                     .type = EntityType::kArmedGroup, .aliases = {"Rocket; Sons", "रॉकेट, संस"}});
  g.AddEdge(Edge{.id = "e:rocket-assault-ru", .subject_id = "new:rocket,sons;\"x\"", .relation = Relation::kAssault,
                 .object_id = "country:RU", .date = "2024-02", .attributed_to = {"Reuters; AP"}, .mentions = 1,
                 .articles = 1});
  g.AddEdge(Edge{.id = "e:kim-threaten-rocket", .subject_id = "Q56226", .relation = Relation::kThreaten,
                 .object_id = "new:rocket,sons;\"x\"", .date = "2022", .modality = Modality::kDenied});
  return g;
}

}  // namespace jaal::testing

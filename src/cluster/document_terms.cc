#include "cluster/document_terms.h"

#include "cluster/online_clusterer.h"

namespace crosscheck {

void DocumentTermReader::Count(std::string_view text, std::string_view language, bool title,
                               DocumentTerms& terms) {
  stems_.clear();
  content_words_.AppendStems(text, language, stems_);
  for (std::string& stem : stems_) {
    auto [it, inserted] = index_.try_emplace(stem, terms.stems.size());
    if (inserted) terms.stems.push_back({std::move(stem), 0, 0});
    DocumentTerms::Stem& entry = terms.stems[it->second];
    ++(title ? entry.in_title : entry.in_body);
  }
}

void DocumentTermReader::Read(const Article& article, const Annotations* annotations,
                              DocumentTerms& terms) {
  terms.stems.clear();
  terms.entities.clear();
  index_.clear();
  Count(article.title, article.language, /*title=*/true, terms);
  for (const Block& block : article.blocks)
    Count(block.text, article.language, /*title=*/false, terms);
  if (annotations != nullptr) {
    for (const EntityMention& entity : annotations->entities) {
      const std::string& name = entity.canonical.empty() ? entity.text : entity.canonical;
      if (!name.empty()) terms.entities.push_back(name);
    }
  }
  terms.day = DayNumber(article.published);
}

}  // namespace crosscheck

// Syndication groups: union-find over reuse pairs and over credited pairs, then one group per
// component, numbered in order of its first member.
//
// The credit rule needs textual evidence as well as the shared credit: for each agency
// credited by two or more documents that are not already in one group, those documents
// alone go through a reuse detector with the lower min_credited_containment threshold.
// Quoted text is never shingled (dedup/shingle.h), so two outlets quoting the same statement
// are not joined by the quotation: a shared quotation is not reused copy.
// Cost: O(n + p) for n documents and p pairs, plus one detector run per shared credit.
#include <algorithm>
#include <map>
#include <numeric>
#include <set>
#include <string>
#include <tuple>

#include "dedup/reuse.h"

namespace crosscheck {
namespace {

// Union-find with path halving and union by size. O(alpha(n)) per operation.
class DisjointSets {
 public:
  explicit DisjointSets(size_t count) : parent_(count), size_(count, 1) {
    std::iota(parent_.begin(), parent_.end(), 0);
  }
  uint32_t Find(uint32_t element) {
    while (parent_[element] != element) {
      parent_[element] = parent_[parent_[element]];
      element = parent_[element];
    }
    return element;
  }
  void Union(uint32_t x, uint32_t y) {
    x = Find(x);
    y = Find(y);
    if (x == y) return;
    if (size_[x] < size_[y]) std::swap(x, y);
    parent_[y] = x;
    size_[x] += size_[y];
  }

 private:
  std::vector<uint32_t> parent_;
  std::vector<uint32_t> size_;
};

// Publication order: dated documents first, by date, then by document order.
struct PublicationOrder {
  std::span<const DocumentCard> articles;
  bool operator()(DocIndex x, DocIndex y) const {
    const Date& date_x = articles[x].published;
    const Date& date_y = articles[y].published;
    return std::make_tuple(!date_x.valid(), date_x, x) < std::make_tuple(!date_y.valid(), date_y, y);
  }
};

// Pairs of documents that credit the same agency and share enough unquoted text.
std::vector<ReusePair> CreditedStoryPairs(std::span<const DocumentCard> articles,
                                          const ArticleLookup& texts, DisjointSets& sets,
                                          const ReuseOptions& options) {
  std::map<std::string, std::vector<DocIndex>> docs_by_credit;
  for (DocIndex doc = 0; doc < articles.size(); ++doc) {
    std::set<std::string> credits(articles[doc].credits.begin(), articles[doc].credits.end());
    for (const std::string& credit : credits) docs_by_credit[credit].push_back(doc);
  }
  ReuseOptions credited_options = options;
  credited_options.min_containment = options.min_credited_containment;
  std::vector<ReusePair> found;
  for (const auto& [credit, docs] : docs_by_credit) {
    std::set<uint32_t> components;
    for (DocIndex doc : docs) components.insert(sets.Find(doc));
    if (components.size() < 2) continue;
    std::unique_ptr<ReuseDetector> detector = NewReuseDetector(credited_options);
    for (DocIndex doc : docs) {
      const ArticleHandle text = texts(doc);
      if (text != nullptr) detector->Add(doc, *text);
    }
    for (ReusePair& pair : detector->VerifiedPairs(texts, articles.size())) {
      found.push_back(std::move(pair));
    }
  }
  return found;
}

// For each document, the earliest published near-exact copy it duplicates, if any; chains
// lead to the first copy.
std::vector<std::optional<DocIndex>> FindDuplicates(std::span<const DocumentCard> articles,
                                                    const std::vector<ReusePair>& pairs,
                                                    const ReuseOptions& options) {
  const PublicationOrder earlier{articles};
  std::vector<std::vector<DocIndex>> copies(articles.size());
  for (const ReusePair& pair : pairs) {
    if (pair.containment_a_in_b >= options.duplicate_containment &&
        pair.containment_b_in_a >= options.duplicate_containment) {
      copies[pair.a].push_back(pair.b);
      copies[pair.b].push_back(pair.a);
    }
  }
  std::vector<DocIndex> order(articles.size());
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(), earlier);
  std::vector<std::optional<DocIndex>> duplicate_of(articles.size());
  for (DocIndex doc : order) {
    std::optional<DocIndex> first;
    for (DocIndex copy : copies[doc]) {
      if (earlier(copy, doc) && (!first || earlier(copy, *first))) first = copy;
    }
    if (first) duplicate_of[doc] = duplicate_of[*first].value_or(*first);
  }
  return duplicate_of;
}

// The agency most members credit (ties: the one credited first in document order), else
// the outlet of the earliest published member that names one.
std::optional<std::string> GroupOrigin(std::span<const DocumentCard> articles,
                                       const std::vector<DocIndex>& members) {
  std::vector<std::pair<std::string, int>> credit_counts;  // in order of first credit
  for (DocIndex doc : members) {
    std::set<std::string> seen;
    for (const std::string& credit : articles[doc].credits) {
      if (!seen.insert(credit).second) continue;
      auto it = std::find_if(credit_counts.begin(), credit_counts.end(),
                             [&](const auto& entry) { return entry.first == credit; });
      if (it == credit_counts.end()) {
        credit_counts.emplace_back(credit, 1);
      } else {
        ++it->second;
      }
    }
  }
  if (!credit_counts.empty()) {
    return std::max_element(credit_counts.begin(), credit_counts.end(),
                            [](const auto& x, const auto& y) { return x.second < y.second; })
        ->first;
  }
  std::vector<DocIndex> by_date(members);
  std::sort(by_date.begin(), by_date.end(), PublicationOrder{articles});
  for (DocIndex doc : by_date) {
    if (!articles[doc].outlet.empty()) return articles[doc].outlet;
  }
  return std::nullopt;
}

}  // namespace

SyndicationResult GroupSyndication(std::span<const Article> articles, std::vector<ReusePair> pairs,
                                   const ReuseOptions& options) {
  std::vector<DocumentCard> cards;
  cards.reserve(articles.size());
  for (const Article& article : articles) cards.push_back(CardOf(article));
  return GroupSyndication(cards, LookupIn(articles), std::move(pairs), options);
}

SyndicationResult GroupSyndication(std::span<const DocumentCard> articles, const ArticleLookup& texts,
                                   std::vector<ReusePair> pairs, const ReuseOptions& options) {
  const size_t count = articles.size();
  std::erase_if(pairs, [count](const ReusePair& pair) {
    return pair.a >= count || pair.b >= count || pair.a == pair.b;
  });
  DisjointSets sets(count);
  for (const ReusePair& pair : pairs) sets.Union(pair.a, pair.b);
  for (ReusePair& pair : CreditedStoryPairs(articles, texts, sets, options)) {
    sets.Union(pair.a, pair.b);
    pairs.push_back(std::move(pair));
  }
  std::stable_sort(pairs.begin(), pairs.end(), [](const ReusePair& x, const ReusePair& y) {
    return std::tie(x.a, x.b) < std::tie(y.a, y.b);
  });
  pairs.erase(std::unique(pairs.begin(), pairs.end(),
                          [](const ReusePair& x, const ReusePair& y) { return x.a == y.a && x.b == y.b; }),
              pairs.end());

  SyndicationResult result;
  result.group_of.assign(count, 0);
  std::vector<int64_t> group_of_root(count, -1);
  for (DocIndex doc = 0; doc < count; ++doc) {
    const uint32_t root = sets.Find(doc);
    if (group_of_root[root] < 0) {
      group_of_root[root] = static_cast<int64_t>(result.groups.size());
      SyndicationGroup group;
      group.id = "g" + std::to_string(result.groups.size() + 1);
      result.groups.push_back(std::move(group));
    }
    result.group_of[doc] = static_cast<uint32_t>(group_of_root[root]);
    result.groups[result.group_of[doc]].members.push_back(doc);
  }
  for (SyndicationGroup& group : result.groups) group.origin = GroupOrigin(articles, group.members);
  result.duplicate_of = FindDuplicates(articles, pairs, options);
  result.pairs = std::move(pairs);
  return result;
}

}  // namespace crosscheck

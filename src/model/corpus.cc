#include "model/corpus.h"

namespace crosscheck {

DocumentCard CardOf(const Article& article) {
  return {article.id, article.published, article.outlet, article.credits};
}

ArticleLookup LookupIn(std::span<const Article> articles) {
  return [articles](DocIndex index) -> ArticleHandle {
    if (index >= articles.size()) return nullptr;
    // Aliasing an empty owner: a plain pointer in a handle, nothing counted or freed.
    return ArticleHandle(std::shared_ptr<const Article>(), &articles[index]);
  };
}

}  // namespace crosscheck

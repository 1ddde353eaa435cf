#include "store/store.h"

#include <unordered_map>
#include <utility>

namespace crosscheck {

StatusOr<StoredCorpus> Store::Load() {
  StoredCorpus corpus;
  CROSSCHECK_RETURN_IF_ERROR(LoadEach(
      [&corpus](Article&& article, Annotations&& annotations) {
        corpus.articles.push_back(std::move(article));
        corpus.annotations.push_back(std::move(annotations));
        return Status::Ok();
      },
      &corpus.skipped));
  return corpus;
}

Status Store::PublishReport(const Report& report, std::string_view at,
                            const std::vector<ChangeRecord>& changes) {
  StatusOr<std::unique_ptr<PublicationWriter>> writer = BeginPublication(at);
  if (!writer.ok()) return writer.status();
  std::unordered_map<std::string_view, std::string_view> outlet_of;
  for (const ReportDocument& document : report.documents) outlet_of[document.id] = document.outlet;
  const OutletLookup outlets = [&outlet_of](std::string_view id) -> std::string_view {
    const auto found = outlet_of.find(id);
    return found != outlet_of.end() ? found->second : std::string_view();
  };
  for (const ReportStory& story : report.stories) {
    CROSSCHECK_RETURN_IF_ERROR((*writer)->Story(story, outlets));
  }
  for (const ReportDocument& document : report.documents) {
    CROSSCHECK_RETURN_IF_ERROR((*writer)->Document(document));
  }
  CROSSCHECK_RETURN_IF_ERROR((*writer)->Changes(changes));
  return (*writer)->Finish(report.version, report.documents.size(), report.skipped);
}

}  // namespace crosscheck

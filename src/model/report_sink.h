// Where a report goes while it is built: the corpus stages hand it out in the order the JSON
// writes it (report.schema.json: version, stories biggest first, documents in input order,
// skipped inputs), one story and one document at a time, so that a report of a million
// documents is never whole in memory when its writer streams (report/report_writers.h,
// JsonReportSink). CollectReport keeps everything: the whole Report, for the writers that
// need it (Markdown, HTML, CSV, the store's publication).
#ifndef CROSSCHECK_MODEL_REPORT_SINK_H_
#define CROSSCHECK_MODEL_REPORT_SINK_H_

#include <string>
#include <utility>
#include <vector>

#include "base/status.h"
#include "model/report.h"

namespace crosscheck {

class ReportSink {
 public:
  virtual ~ReportSink() = default;
  // Called once, first.
  virtual Status Begin(const std::string& version) = 0;
  // Every story, then every document, then the skipped inputs, then End.
  virtual Status Story(ReportStory&& story) = 0;
  virtual Status Document(ReportDocument&& document) = 0;
  virtual Status End(std::vector<ReportSkipped>&& skipped) = 0;
};

// Keeps the whole report.
class CollectReport final : public ReportSink {
 public:
  Status Begin(const std::string& version) override {
    report_.version = version;
    return Status::Ok();
  }
  Status Story(ReportStory&& story) override {
    report_.stories.push_back(std::move(story));
    return Status::Ok();
  }
  Status Document(ReportDocument&& document) override {
    report_.documents.push_back(std::move(document));
    return Status::Ok();
  }
  Status End(std::vector<ReportSkipped>&& skipped) override {
    report_.skipped = std::move(skipped);
    return Status::Ok();
  }
  Report Take() { return std::move(report_); }

 private:
  Report report_;
};

}  // namespace crosscheck

#endif  // CROSSCHECK_MODEL_REPORT_SINK_H_

// The stream guard every writer shares, so each reports I/O failures the same way.
#include "walk.h"

#include <ios>
#include <string>

namespace jaal::exporter {

Status WriteGuarded(std::string_view format, std::ostream& out, const std::function<Status()>& write) {
  const std::string what = "write " + std::string(format);
  if (!out) return Status::IoError(what + ": output stream is not writable");
  Status s;
  try {
    s = write();
    if (s.ok()) out.flush();
  } catch (const std::ios_base::failure& e) {
    return Status::IoError(what + ": " + e.what());
  }
  if (!out) return Status::IoError(what + ": the output stream failed");
  return s;
}

}  // namespace jaal::exporter

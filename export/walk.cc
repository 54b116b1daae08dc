// The stream guard every writer shares, so each reports I/O failures the same way.
#include "walk.h"

#include <ios>
#include <string>

namespace jaal::exporter {

Status WriteGuarded(std::string_view format, std::ostream& out, const std::function<void()>& write) {
  const std::string what = "write " + std::string(format);
  if (!out) return Status::IoError(what + ": output stream is not writable");
  try {
    write();
    out.flush();
  } catch (const std::ios_base::failure& e) {
    return Status::IoError(what + ": " + e.what());
  }
  if (!out) return Status::IoError(what + ": the output stream failed");
  return Status::Ok();
}

}  // namespace jaal::exporter

// Replaced by the emulated clusters.
namespace duper::sandbox {
int placeholder() { return 0; }
} // namespace duper::sandbox

// Replaced by the desktop app's classes.
namespace duper::ui {
int placeholder() { return 0; }
} // namespace duper::ui

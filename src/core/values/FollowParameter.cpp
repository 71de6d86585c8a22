#include "core/values/FollowParameter.h"

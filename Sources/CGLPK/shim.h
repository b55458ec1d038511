#ifndef HOTLINE_ROSTER_CGLPK_SHIM_H
#define HOTLINE_ROSTER_CGLPK_SHIM_H
#include <glpk.h>
#endif

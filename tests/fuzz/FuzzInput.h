#pragma once

// Helpers shared by the fuzz targets: libFuzzer hands over raw bytes, the parsers take Qt types.

#include <QByteArray>
#include <QString>
#include <cstddef>
#include <cstdint>

namespace duper::fuzz {

// A deep copy: the parsers may keep pointers into their input only as long as the call lasts, and a copy lets ASan
// catch reads past the end of the bytes libFuzzer gave (QByteArray::fromRawData would share them).
inline QByteArray bytes(const uint8_t* data, size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), qsizetype(size));
}

// User text as the widgets and the command line hand it over (invalid UTF-8 becomes U+FFFD, as in the app).
inline QString text(const uint8_t* data, size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
}

} // namespace duper::fuzz

// SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace fhb {

/// What kind of failure an Error is. Callers decide by the kind (the CLI's exit code, whether
/// to offer a reload), never by the words of the message.
enum class ErrorKind {
    Invalid,  ///< the input itself is wrong: a mistyped amount, a broken file, a row out of range
    NotFound, ///< what was asked for does not exist: a file, a report, a party
    Conflict, ///< someone changed it first (a stale row_version) or it exists already: reload
    Locked,   ///< an approved report, which only reopening with a reason may change
    Busy,     ///< another program holds the write lock; trying again later may work
    ReadOnly, ///< the database was opened read-only, or the file or folder may not be written
    DiskFull, ///< the disk is full
    Corrupt,  ///< a damaged database file, or one of another program or a newer version
    Io,       ///< the file system or the database refused for another reason
};

/// Why an operation failed: its kind, and a Swedish sentence written for the person who typed
/// or chose the input (what is wrong, where, and what to do).
struct Error {
    ErrorKind kind = ErrorKind::Invalid;
    QString message;
};

/// A value or the Error why there is none (C++20 has no std::expected).
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    static Result failure(Error error)
    {
        Result r;
        r.m_error = std::move(error);
        return r;
    }
    static Result failure(ErrorKind kind, QString message) { return failure(Error{kind, std::move(message)}); }
    /// An Invalid failure: the input is wrong.
    static Result failure(QString message) { return failure(Error{ErrorKind::Invalid, std::move(message)}); }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const { return *m_value; }
    T &value() { return *m_value; }
    const T &operator*() const { return *m_value; }
    const T *operator->() const { return &*m_value; }
    T valueOr(T fallback) const { return m_value.value_or(std::move(fallback)); }
    /// The message; empty when ok().
    const QString &error() const { return m_error.message; }
    /// Meaningful only when !ok().
    ErrorKind errorKind() const { return m_error.kind; }
    /// The whole error, to pass a failure on unchanged: `return Result<U>::failure(r.fault());`.
    const Error &fault() const { return m_error; }

private:
    Result() = default;
    std::optional<T> m_value;
    Error m_error;
};

/// Success or the Error why not, for operations that produce nothing.
class [[nodiscard]] Status
{
public:
    Status() = default;
    static Status failure(Error error)
    {
        Status s;
        s.m_error = std::move(error);
        s.m_failed = true;
        return s;
    }
    static Status failure(ErrorKind kind, QString message) { return failure(Error{kind, std::move(message)}); }
    /// An Invalid failure: the input is wrong.
    static Status failure(QString message) { return failure(Error{ErrorKind::Invalid, std::move(message)}); }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const QString &error() const { return m_error.message; }
    ErrorKind errorKind() const { return m_error.kind; }
    const Error &fault() const { return m_error; }

private:
    Error m_error;
    bool m_failed = false;
};

} // namespace fhb

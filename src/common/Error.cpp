// SPDX-FileCopyrightText: 2026 Pavutyna contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Error.h"

namespace pav {

Exception::Exception(Error error)
    : std::runtime_error(error.message.toStdString())
    , m_error(std::move(error))
{
}

Error errorFromException(std::exception_ptr exception)
{
    try {
        std::rethrow_exception(exception);
    } catch (const Cancelled& e) {
        return {ErrorKind::Cancelled, QString::fromUtf8(e.what())};
    } catch (const TimedOut& e) {
        return {ErrorKind::TimedOut, QString::fromUtf8(e.what())};
    } catch (const Exception& e) {
        return e.error();
    } catch (const std::exception& e) {
        return {ErrorKind::Internal, QString::fromUtf8(e.what())};
    } catch (...) {
        return {ErrorKind::Internal, QStringLiteral("unknown exception")};
    }
}

} // namespace pav

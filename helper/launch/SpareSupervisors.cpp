#include "SpareSupervisors.h"

namespace Lifeline {

SpareSupervisors::SpareSupervisors(QString path)
    : m_path(std::move(path))
{
}

SpareSupervisors::~SpareSupervisors() = default;

std::unique_ptr<SupervisorProcess> SpareSupervisors::take(QString *error)
{
    if (m_spare)
        return std::move(m_spare);
    return SupervisorProcess::spawn(m_path, error);
}

void SpareSupervisors::refill()
{
    if (m_spare)
        return;
    QString ignored;
    m_spare = SupervisorProcess::spawn(m_path, &ignored);
}

} // namespace Lifeline

// A field of a form and what is wrong with it, for the window to list and
// to move the focus to.
#pragma once

#include <QList>
#include <QString>

class QWidget;

namespace Lifeline::Windows {

struct FieldProblem {
    QWidget *field;
    QString message;
};

using FieldProblems = QList<FieldProblem>;

} // namespace Lifeline::Windows

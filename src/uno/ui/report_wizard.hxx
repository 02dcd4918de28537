// The report wizard: LibreOffice's own roadmap wizard (css.ui.dialogs.Wizard) with six .xdl
// pages. It collects a WizardForm; Finish returns the Answers. Cancel at any step changes nothing.
#pragma once

#include "core/templates/wizard_model.hpp"
#include "uno/context.hxx"

#include <com/sun/star/awt/XWindow.hpp>

#include <optional>

namespace baocao::uno {

struct WizardResult {
  core::ReportTemplate templ;
  core::Answers answers;
};

// Runs the wizard modally (over the active document window); empty when the clerk cancels. The
// last answers are remembered in the configuration (/org.baocao.Settings/Wizard/LastAnswers).
std::optional<WizardResult> runReportWizard(const Context& ctx);

}  // namespace baocao::uno

#include "uno/document/figure_fields.hxx"

#include "uno/uno_barrier.hxx"
#include "uno/ustr.hxx"
#include "uno/document/writer_text.hxx"

#include <com/sun/star/beans/PropertyAttribute.hpp>
#include <com/sun/star/beans/XPropertyContainer.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/document/XUndoAction.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/text/XDependentTextField.hpp>
#include <com/sun/star/text/XTextFieldsSupplier.hpp>

#include <cppuhelper/implbase1.hxx>
#include <rtl/ref.hxx>

#include <utility>
#include <vector>

namespace baocao::uno {

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace {

constexpr std::string_view kMasterPrefix = "com.sun.star.text.fieldmaster.User.bc_";

Reference<css::beans::XPropertySet> userProperties(const Reference<css::text::XTextDocument>& doc) {
  Reference<css::document::XDocumentPropertiesSupplier> supplier(doc, UNO_QUERY_THROW);
  return Reference<css::beans::XPropertySet>(supplier->getDocumentProperties()->getUserDefinedProperties(), UNO_QUERY_THROW);
}

}  // namespace

FigureMasters figureMasters(const Reference<css::text::XTextDocument>& doc) {
  FigureMasters out;
  Reference<css::container::XEnumeration> fields =
      Reference<css::text::XTextFieldsSupplier>(doc, UNO_QUERY_THROW)->getTextFields()->createEnumeration();
  const OUString prefix = toOU(kMasterPrefix);
  while (fields->hasMoreElements()) {
    Reference<css::text::XDependentTextField> field(fields->nextElement(), UNO_QUERY);
    if (!field.is()) continue;
    Reference<css::beans::XPropertySet> master = field->getTextFieldMaster();
    if (!master.is()) continue;
    OUString name;
    master->getPropertyValue("InstanceName") >>= name;
    if (name.startsWith(prefix)) out.emplace(toCore(name.copy(prefix.getLength())), master);
  }
  return out;
}

namespace {

const char* const kProvenanceProperties[] = {core::DocumentProperty::kDataFile, core::DocumentProperty::kDataModified,
                                              core::DocumentProperty::kDataHash};

std::vector<std::string> provenanceValues(const core::Provenance& p) { return {p.file, p.modified, p.sha256}; }

// The figures' and provenance's old and new state; undo and redo set one or the other.
class FigureUndo : public cppu::WeakImplHelper1<css::document::XUndoAction> {
 public:
  struct Change {
    Reference<css::beans::XPropertySet> master;
    OUString before, after;
  };
  FigureUndo(Context ctx, Reference<css::text::XTextDocument> doc, OUString title, std::vector<Change> changes,
             std::vector<std::string> provenanceBefore, std::vector<std::string> provenanceAfter)
      : mxContext(std::move(ctx)), mxDoc(std::move(doc)), maTitle(std::move(title)), maChanges(std::move(changes)),
        maBefore(std::move(provenanceBefore)), maAfter(std::move(provenanceAfter)) {}

  // Called by Writer's undo manager (Edit > Undo, Redo): nothing may escape into it.
  OUString SAL_CALL getTitle() override { return maTitle; }
  void SAL_CALL undo() override {
    LogFailureSink sink(mxContext);
    (void)barrier("undo of figures", sink, [&] { apply(false); });
  }
  void SAL_CALL redo() override {
    LogFailureSink sink(mxContext);
    (void)barrier("redo of figures", sink, [&] { apply(true); });
  }

  // The first application, by applyFigures: a failure propagates, so the caller's EditScope
  // rolls the whole edit back.
  // A master's new content reaches every field showing it by itself (Writer updates the fields
  // of a user-field type when its content is set); no refresh of all the document's fields
  // follows: it would evaluate each user field again, and LibreOffice keeps part of what each
  // evaluation allocates (docs/reliability.md, "Where the memory goes").
  void apply(bool forward) {
    for (const auto& c : maChanges) c.master->setPropertyValue("Content", Any(forward ? c.after : c.before));
    const auto& values = forward ? maAfter : maBefore;
    for (std::size_t i = 0; i < values.size(); ++i) setDocumentProperty(mxDoc, kProvenanceProperties[i], values[i]);
  }

  Context mxContext;
  Reference<css::text::XTextDocument> mxDoc;
  OUString maTitle;
  std::vector<Change> maChanges;
  std::vector<std::string> maBefore, maAfter;
};

}  // namespace

std::map<std::string, std::string> figureTexts(const FigureMasters& masters) {
  std::map<std::string, std::string> out;
  for (const auto& [key, master] : masters) {
    OUString content;
    master->getPropertyValue("Content") >>= content;
    out.emplace(key, toCore(content));
  }
  return out;
}

std::string documentProperty(const Reference<css::text::XTextDocument>& doc, const char* name) {
  Reference<css::beans::XPropertySet> props = userProperties(doc);
  const OUString n = OUString::createFromAscii(name);
  if (!props->getPropertySetInfo()->hasPropertyByName(n)) return {};
  OUString value;
  props->getPropertyValue(n) >>= value;
  return toCore(value);
}

void setDocumentProperty(const Reference<css::text::XTextDocument>& doc, const char* name, const std::string& value) {
  Reference<css::beans::XPropertySet> props = userProperties(doc);
  const OUString n = OUString::createFromAscii(name);
  if (props->getPropertySetInfo()->hasPropertyByName(n))
    props->setPropertyValue(n, Any(toOU(value)));
  else
    Reference<css::beans::XPropertyContainer>(props, UNO_QUERY_THROW)
        ->addProperty(n, css::beans::PropertyAttribute::REMOVABLE, Any(toOU(value)));
}

int applyFigures(const Context& ctx, const Reference<css::text::XTextDocument>& doc, const FigureMasters& masters,
                 const std::vector<core::FigureValue>& values,
                 const core::Provenance& provenance, const OUString& undoTitle) {
  std::vector<FigureUndo::Change> changes;
  for (const auto& v : values) {
    const auto it = masters.find(v.key);
    if (it == masters.end()) continue;
    OUString before;
    it->second->getPropertyValue("Content") >>= before;
    const OUString after = toOU(v.text);
    if (before != after) changes.push_back({it->second, before, after});
  }
  std::vector<std::string> provenanceBefore;
  for (const char* name : kProvenanceProperties) provenanceBefore.push_back(documentProperty(doc, name));
  const int changed = static_cast<int>(changes.size());
  rtl::Reference<FigureUndo> action(
      new FigureUndo(ctx, doc, undoTitle, std::move(changes), std::move(provenanceBefore), provenanceValues(provenance)));
  // Recorded first, so that a failure half-way is rolled back by the caller's EditScope.
  Reference<css::document::XUndoManagerSupplier>(doc, UNO_QUERY_THROW)->getUndoManager()->addUndoAction(action.get());
  action->apply(true);
  return changed;
}

}  // namespace baocao::uno

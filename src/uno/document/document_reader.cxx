#include "uno/document/document_reader.hxx"

#include "uno/log.hxx"
#include "uno/uno_barrier.hxx"
#include "uno/ustr.hxx"

#include <com/sun/star/awt/FontSlant.hpp>
#include <com/sun/star/beans/XMultiPropertySet.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/beans/XPropertySetInfo.hpp>
#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/style/LineSpacing.hpp>
#include <com/sun/star/style/LineSpacingMode.hpp>
#include <com/sun/star/style/ParagraphAdjust.hpp>
#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>
#include <com/sun/star/text/XDependentTextField.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextContent.hpp>
#include <com/sun/star/text/XTextField.hpp>
#include <com/sun/star/text/XTextTable.hpp>
#include <com/sun/star/text/XPageCursor.hpp>
#include <com/sun/star/text/XTextViewCursor.hpp>
#include <com/sun/star/text/XTextViewCursorSupplier.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/view/XSelectionSupplier.hpp>

#include <algorithm>
#include <functional>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace baocao::uno {

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace {

constexpr double kPtPerHmm = 72.0 / 2540.0;

template <class T>
T get(const Any& a, T fallback = T()) {
  T v = fallback;
  a >>= v;
  return v;
}

core::Align alignOf(sal_Int16 adjust) {
  switch (static_cast<css::style::ParagraphAdjust>(adjust)) {
    case css::style::ParagraphAdjust_RIGHT: return core::Align::Right;
    case css::style::ParagraphAdjust_CENTER: return core::Align::Center;
    case css::style::ParagraphAdjust_BLOCK:
    case css::style::ParagraphAdjust_STRETCH: return core::Align::Justify;
    default: return core::Align::Left;
  }
}

core::LineSpacing spacingOf(const css::style::LineSpacing& s) {
  core::LineSpacing out;
  switch (s.Mode) {
    case css::style::LineSpacingMode::MINIMUM: out.mode = core::LineSpacing::Mode::Minimum; break;
    case css::style::LineSpacingMode::LEADING: out.mode = core::LineSpacing::Mode::Leading; break;
    case css::style::LineSpacingMode::FIX: out.mode = core::LineSpacing::Mode::Fixed; break;
    default: out.mode = core::LineSpacing::Mode::Proportional;
  }
  out.value = out.mode == core::LineSpacing::Mode::Proportional ? s.Height : s.Height * kPtPerHmm;
  return out;
}

bool supports(const Reference<css::uno::XInterface>& x, const char* service) {
  Reference<css::lang::XServiceInfo> info(x, UNO_QUERY);
  return info.is() && info->supportsService(OUString::createFromAscii(service));
}

class Reader {
 public:
  Reader(core::Document& out, Reference<css::task::XStatusIndicator> progress, bool keepRanges, core::Cancellation* stop)
      : mrOut(out), mxProgress(std::move(progress)), mbKeepRanges(keepRanges), mpStop(stop) {}

  // Each paragraph's range, in the snapshot's order, when asked for (the page pass needs them).
  [[nodiscard]] std::vector<Reference<css::text::XTextRange>> ranges() { return std::move(maRanges); }
  // The page styles a paragraph or a table starts a page with (a page break with a style).
  [[nodiscard]] const std::vector<OUString>& pageBreakStyles() const { return maPageStyles; }

  void text(const Reference<css::text::XText>& text, int table, const std::string& cell) {
    Reference<css::container::XEnumeration> e =
        Reference<css::container::XEnumerationAccess>(text, UNO_QUERY_THROW)->createEnumeration();
    while (e->hasMoreElements()) {
      Reference<css::uno::XInterface> element(e->nextElement(), UNO_QUERY);
      // Paragraphs first: nearly every element is one, and each supportsService() is a lookup.
      if (supports(element, "com.sun.star.text.Paragraph")) paragraph(element, table, cell);
      else if (supports(element, "com.sun.star.text.TextTable")) tableOf(Reference<css::text::XTextTable>(element, UNO_QUERY_THROW));
    }
  }

 private:
  void pageBreak(const OUString& style) {
    if (!style.isEmpty() && std::find(maPageStyles.begin(), maPageStyles.end(), style) == maPageStyles.end())
      maPageStyles.push_back(style);
  }

  void tableOf(const Reference<css::text::XTextTable>& t) {
    if (Reference<css::beans::XPropertySet> props(t, UNO_QUERY); props.is())
      pageBreak(get<OUString>(props->getPropertyValue("PageDescName")));
    core::DocTable table;
    table.name = toUtf8(Reference<css::container::XNamed>(t, UNO_QUERY_THROW)->getName());
    table.rows = Reference<css::container::XIndexAccess>(t->getRows(), UNO_QUERY_THROW)->getCount();
    table.columns = Reference<css::container::XIndexAccess>(t->getColumns(), UNO_QUERY_THROW)->getCount();
    table.firstParagraph = static_cast<int>(mrOut.paragraphs.size());
    const int index = static_cast<int>(mrOut.tables.size());
    mrOut.tables.push_back(table);
    for (const OUString& name : t->getCellNames())
      text(Reference<css::text::XText>(t->getCellByName(name), UNO_QUERY_THROW), index, toUtf8(name));
    mrOut.tables[static_cast<std::size_t>(index)].paragraphCount =
        static_cast<int>(mrOut.paragraphs.size()) - mrOut.tables[static_cast<std::size_t>(index)].firstParagraph;
  }

  void paragraph(const Reference<css::uno::XInterface>& element, int table, const std::string& cell) {
    static const Sequence<OUString> kNames = [] {
      Sequence<OUString> n(10);
      auto* a = n.getArray();
      a[0] = "ListLabelString"; a[1] = "OutlineLevel"; a[2] = "PageDescName"; a[3] = "ParaAdjust";
      a[4] = "ParaBottomMargin"; a[5] = "ParaFirstLineIndent"; a[6] = "ParaLeftMargin"; a[7] = "ParaLineSpacing";
      a[8] = "ParaStyleName"; a[9] = "ParaTopMargin";
      return n;
    }();
    core::throwIfStopped(mpStop);  // a paragraph is read in well under a millisecond: stopping is prompt
    core::DocParagraph p;
    p.table = table;
    p.cell = cell;
    const Sequence<Any> v = Reference<css::beans::XMultiPropertySet>(element, UNO_QUERY_THROW)->getPropertyValues(kNames);
    p.listLabel = toUtf8(get<OUString>(v[0]));
    p.outlineLevel = get<sal_Int16>(v[1]);
    pageBreak(get<OUString>(v[2]));
    p.align = alignOf(get<sal_Int16>(v[3]));
    p.spaceAfterPt = get<sal_Int32>(v[4]) * kPtPerHmm;
    p.firstLineIndentMm = get<sal_Int32>(v[5]) / 100.0;
    p.leftIndentMm = get<sal_Int32>(v[6]) / 100.0;
    p.lineSpacing = spacingOf(get<css::style::LineSpacing>(v[7]));
    p.style = toUtf8(get<OUString>(v[8]));
    p.spaceBeforePt = get<sal_Int32>(v[9]) * kPtPerHmm;
    portions(Reference<css::container::XEnumerationAccess>(element, UNO_QUERY_THROW), p);
    mrOut.paragraphs.push_back(std::move(p));
    if (mbKeepRanges) maRanges.emplace_back(element, UNO_QUERY_THROW);
    if (mxProgress.is() && mrOut.paragraphs.size() % 256 == 0)
      mxProgress->setValue(static_cast<sal_Int32>(mrOut.paragraphs.size()));
  }

  void portions(const Reference<css::container::XEnumerationAccess>& para, core::DocParagraph& p) {
    static const Sequence<OUString> kNames = [] {
      // sorted, as Writer's getPropertyValues wants them
      Sequence<OUString> n(6);
      auto* a = n.getArray();
      a[0] = "CharFontName"; a[1] = "CharHeight"; a[2] = "CharLocale"; a[3] = "CharPosture"; a[4] = "CharWeight";
      a[5] = "TextPortionType";
      return n;
    }();
    Reference<css::container::XEnumeration> e = para->createEnumeration();
    while (e->hasMoreElements()) {
      Reference<css::text::XTextRange> portion(e->nextElement(), UNO_QUERY_THROW);
      Reference<css::beans::XPropertySet> props(portion, UNO_QUERY_THROW);
      const Sequence<Any> v = Reference<css::beans::XMultiPropertySet>(portion, UNO_QUERY_THROW)->getPropertyValues(kNames);
      const OUString type = get<OUString>(v[5]);
      if (type == "Redline") {
        // Text inside a tracked deletion does not print: skip it, as the reader of the page would.
        mrOut.trackedChanges = true;
        if (get<OUString>(props->getPropertyValue("RedlineType")) == "Delete")
          mbDeleted = get<bool>(props->getPropertyValue("IsStart"));
        continue;
      }
      if (mbDeleted) continue;
      if (type == "Bookmark") {
        if (get<bool>(props->getPropertyValue("IsStart"))) {
          Reference<css::container::XNamed> mark(props->getPropertyValue("Bookmark"), UNO_QUERY);
          if (mark.is()) p.bookmarks.push_back(toUtf8(mark->getName()));
        }
        continue;
      }
      core::TextRun run;
      // A Word content control (LibreOffice 7.5 and later import a .docx's placeholders as these;
      // 7.4 made input fields of them) keeps its text to itself: the portion's own is empty.
      Reference<css::beans::XPropertySet> control;
      if (type == "ContentControl") control.set(props->getPropertyValue("ContentControl"), UNO_QUERY);
      run.text = toUtf8(control.is() ? Reference<css::text::XTextRange>(control, UNO_QUERY_THROW)->getString()
                                     : portion->getString());
      if (run.text.empty()) continue;
      run.font = toUtf8(get<OUString>(v[0]));
      run.sizePt = get<float>(v[1]);
      run.language = toUtf8(get<css::lang::Locale>(v[2]).Language);
      run.italic = get<css::awt::FontSlant>(v[3], css::awt::FontSlant_NONE) != css::awt::FontSlant_NONE;
      run.bold = get<float>(v[4]) >= 150.0f;
      if (type == "TextField") p.fields.push_back(fieldOf(props->getPropertyValue("TextField"), run.text));
      // One still showing its placeholder text is a placeholder nobody filled, as the .odt's are.
      if (control.is() && get<bool>(control->getPropertyValue("ShowingPlaceHolder")))
        p.fields.push_back(core::DocField{core::DocField::Kind::Placeholder, {}, run.text});
      p.text += run.text;
      p.runs.push_back(std::move(run));
    }
  }

  static core::DocField fieldOf(const Any& any, const std::string& shown) {
    core::DocField f;
    f.text = shown;
    Reference<css::text::XTextField> field(any, UNO_QUERY);
    if (!field.is()) return f;
    if (supports(field, "com.sun.star.text.TextField.JumpEdit")) {
      f.kind = core::DocField::Kind::Placeholder;
    } else if (supports(field, "com.sun.star.text.TextField.PageNumber")) {
      f.kind = core::DocField::Kind::PageNumber;
    } else if (Reference<css::text::XDependentTextField> dependent(field, UNO_QUERY);
               dependent.is() && supports(field, "com.sun.star.text.TextField.User")) {
      const OUString name = get<OUString>(dependent->getTextFieldMaster()->getPropertyValue("Name"));
      if (name.startsWith("bc_")) {
        f.kind = core::DocField::Kind::Figure;
        f.key = toUtf8(name.copy(3));
      }
    }
    return f;
  }

  core::Document& mrOut;
  Reference<css::task::XStatusIndicator> mxProgress;
  bool mbKeepRanges;
  core::Cancellation* mpStop;
  std::vector<Reference<css::text::XTextRange>> maRanges;
  std::vector<OUString> maPageStyles;
  bool mbDeleted = false;
};

// Whether the header a page of this style shows has a page number. The first page has a header of
// its own when the style says so (FirstIsShared false): LibreOffice 7.6 and later import a .docx's
// "different first page" that way, where 7.4 made a "First Page" style that follows the other.
bool hasPageNumber(const Reference<css::beans::XPropertySet>& style, bool firstPage) {
  if (!style.is() || !get<bool>(style->getPropertyValue("HeaderIsOn"))) return false;
  const bool own = firstPage && style->getPropertySetInfo()->hasPropertyByName("FirstIsShared") &&
                   !get<bool>(style->getPropertyValue("FirstIsShared"), true);
  Reference<css::text::XText> header(style->getPropertyValue(own ? OUString("HeaderTextFirst") : OUString("HeaderText")),
                                     UNO_QUERY);
  if (!header.is()) return false;
  Reference<css::container::XEnumeration> paras = Reference<css::container::XEnumerationAccess>(header, UNO_QUERY_THROW)->createEnumeration();
  while (paras->hasMoreElements()) {
    Reference<css::container::XEnumerationAccess> para(paras->nextElement(), UNO_QUERY);
    if (!para.is()) continue;
    Reference<css::container::XEnumeration> portions = para->createEnumeration();
    while (portions->hasMoreElements()) {
      Reference<css::beans::XPropertySet> portion(portions->nextElement(), UNO_QUERY);
      if (portion.is() && get<OUString>(portion->getPropertyValue("TextPortionType")) == "TextField" &&
          supports(Reference<css::uno::XInterface>(portion->getPropertyValue("TextField"), UNO_QUERY),
                   "com.sun.star.text.TextField.PageNumber"))
        return true;
    }
  }
  return false;
}

// The first page's style. With a view, Writer answers from its layout (the page the text starts
// on); a document loaded without one (the CLI reads models alone) has no layout, and there the
// first page takes what the layout would give it: the page style its first paragraph or table
// asks for, else the default one.
OUString firstPageStyle(const Reference<css::text::XTextDocument>& doc) {
  OUString name;
  Reference<css::beans::XPropertySet>(doc->getText()->createTextCursor(), UNO_QUERY_THROW)
      ->getPropertyValue("PageStyleName") >>= name;
  if (!name.isEmpty()) return name;
  Reference<css::container::XEnumeration> e =
      Reference<css::container::XEnumerationAccess>(doc->getText(), UNO_QUERY_THROW)->createEnumeration();
  if (e->hasMoreElements()) {
    Reference<css::beans::XPropertySet> first(e->nextElement(), UNO_QUERY);
    if (first.is() && first->getPropertySetInfo()->hasPropertyByName("PageDescName") &&
        (first->getPropertyValue("PageDescName") >>= name) && !name.isEmpty())
      return name;
  }
  return "Standard";
}

// Size and margins of a page style.
core::PageSetup pageSetupOf(const Reference<css::beans::XPropertySet>& style) {
  core::PageSetup page;
  page.widthMm = get<sal_Int32>(style->getPropertyValue("Width")) / 100.0;
  page.heightMm = get<sal_Int32>(style->getPropertyValue("Height")) / 100.0;
  // With a header on, the body starts below it: the text area's distance is margin + header.
  const auto header = [](const Reference<css::beans::XPropertySet>& s, const char* on, const char* height) {
    return get<bool>(s->getPropertyValue(OUString::createFromAscii(on)))
               ? get<sal_Int32>(s->getPropertyValue(OUString::createFromAscii(height))) / 100.0 : 0.0;
  };
  page.topMm = get<sal_Int32>(style->getPropertyValue("TopMargin")) / 100.0 + header(style, "HeaderIsOn", "HeaderHeight");
  page.bottomMm = get<sal_Int32>(style->getPropertyValue("BottomMargin")) / 100.0 + header(style, "FooterIsOn", "FooterHeight");
  page.leftMm = get<sal_Int32>(style->getPropertyValue("LeftMargin")) / 100.0;
  page.rightMm = get<sal_Int32>(style->getPropertyValue("RightMargin")) / 100.0;
  return page;
}

Reference<css::container::XNameAccess> pageStyles(const Reference<css::text::XTextDocument>& doc) {
  return Reference<css::container::XNameAccess>(
      Reference<css::style::XStyleFamiliesSupplier>(doc, UNO_QUERY_THROW)->getStyleFamilies()->getByName("PageStyles"),
      UNO_QUERY_THROW);
}

core::PageSetup pageOf(const Reference<css::text::XTextDocument>& doc, const OUString& name) {
  const Reference<css::container::XNameAccess> styles = pageStyles(doc);
  if (!styles->hasByName(name)) return {};
  Reference<css::beans::XPropertySet> style(styles->getByName(name), UNO_QUERY_THROW);
  core::PageSetup page = pageSetupOf(style);
  page.pageNumberOnFirstPage = hasPageNumber(style, true);
  // The pages after the first: the follow style's, or this one's (without the first page's own header).
  const OUString follow = get<OUString>(style->getPropertyValue("FollowStyle"));
  const Reference<css::beans::XPropertySet> later =
      !follow.isEmpty() && follow != name && styles->hasByName(follow)
          ? Reference<css::beans::XPropertySet>(styles->getByName(follow), UNO_QUERY) : style;
  page.pageNumberInHeader = page.pageNumberOnFirstPage || hasPageNumber(later, false);
  return page;
}

// The page styles pages print in besides the first page's: its follow style, the styles page
// breaks ask for, and their follow styles in turn; each once, by the name Writer shows.
std::vector<core::PageStyleSetup> otherPageStyles(const Reference<css::text::XTextDocument>& doc, const OUString& first,
                                                  const std::vector<OUString>& breaks) {
  const Reference<css::container::XNameAccess> styles = pageStyles(doc);
  std::vector<OUString> inUse{first};
  inUse.insert(inUse.end(), breaks.begin(), breaks.end());
  std::vector<core::PageStyleSetup> out;
  for (std::size_t i = 0; i < inUse.size(); ++i) {
    if (!styles->hasByName(inUse[i])) continue;
    Reference<css::beans::XPropertySet> style(styles->getByName(inUse[i]), UNO_QUERY_THROW);
    const OUString follow = get<OUString>(style->getPropertyValue("FollowStyle"));
    if (!follow.isEmpty() && std::find(inUse.begin(), inUse.end(), follow) == inUse.end()) inUse.push_back(follow);
    if (inUse[i] == first || std::find(inUse.begin(), inUse.begin() + static_cast<std::ptrdiff_t>(i), inUse[i]) !=
                                 inUse.begin() + static_cast<std::ptrdiff_t>(i))
      continue;
    OUString shown = get<OUString>(style->getPropertyValue("DisplayName"));
    out.push_back({toUtf8(shown.isEmpty() ? inUse[i] : shown), pageSetupOf(style)});
  }
  return out;
}

// Walks paragraphs in the reader's order until the one wanted.
bool find(const Reference<css::text::XText>& text, int& remaining, Reference<css::text::XTextRange>& found) {
  Reference<css::container::XEnumeration> e =
      Reference<css::container::XEnumerationAccess>(text, UNO_QUERY_THROW)->createEnumeration();
  while (e->hasMoreElements()) {
    Reference<css::uno::XInterface> element(e->nextElement(), UNO_QUERY);
    if (supports(element, "com.sun.star.text.TextTable")) {
      Reference<css::text::XTextTable> t(element, UNO_QUERY_THROW);
      for (const OUString& name : t->getCellNames())
        if (find(Reference<css::text::XText>(t->getCellByName(name), UNO_QUERY_THROW), remaining, found)) return true;
    } else if (supports(element, "com.sun.star.text.Paragraph")) {
      if (remaining-- == 0) {
        found.set(element, UNO_QUERY);
        return true;
      }
    }
  }
  return false;
}

// Where a paragraph prints, through the view cursor: the only place Writer's pages show. Asked
// lazily, for the few paragraphs the page-flow rules look at and the findings the findings window
// places on pages; the selection the view had is put
// back when the snapshot (and every copy of it) is gone.
class PageLookup {
 public:
  PageLookup(Context ctx, Reference<css::text::XTextViewCursor> view, Reference<css::view::XSelectionSupplier> selection,
             std::vector<Reference<css::text::XTextRange>> ranges)
      : mxContext(std::move(ctx)), mxView(std::move(view)), mxPage(mxView, UNO_QUERY_THROW),
        mxSelection(std::move(selection)), maRanges(std::move(ranges)) {}
  PageLookup(const PageLookup&) = delete;
  PageLookup& operator=(const PageLookup&) = delete;

  ~PageLookup() {
    if (!mbMoved || !mxSelection.is() || !maSaved.hasValue()) return;
    LogFailureSink log(mxContext);  // a destructor: nothing may leave it
    (void)barrier("page lookup: put the selection back", log, [&] { mxSelection->select(maSaved); });
  }

  core::PageSpan operator()(int paragraph, core::PageEnds ends) {
    if (paragraph < 0 || static_cast<std::size_t>(paragraph) >= maRanges.size()) return {};
    if (!mbMoved) {
      if (mxSelection.is()) maSaved = mxSelection->getSelection();
      mbMoved = true;
    }
    // A paragraph's page is asked again for each of its findings, and each end is a move of the
    // view cursor, which costs a layout query (on a 514-page report, most of the check's time):
    // each end is asked once, and only when wanted.
    core::PageSpan& known = maKnown[paragraph];
    const Reference<css::text::XTextRange>& range = maRanges[static_cast<std::size_t>(paragraph)];
    try {
      if (known.first == 0) known.first = pageAt(range->getStart());
      if (ends == core::PageEnds::Both && known.last == 0) known.last = pageAt(range->getEnd());
    } catch (const css::uno::RuntimeException& e) {
      // A paragraph the view cursor cannot reach has no known page: its rules stay silent, the
      // check goes on.
      logLine(mxContext, "page lookup: paragraph " + std::to_string(paragraph) + ": " + toUtf8(e.Message));
      return {};
    }
    return ends == core::PageEnds::Both ? known : core::PageSpan{known.first, 0};
  }

 private:
  int pageAt(const Reference<css::text::XTextRange>& position) {
    mxView->gotoRange(position, false);
    return mxPage->getPage();
  }

  Context mxContext;
  Reference<css::text::XTextViewCursor> mxView;
  Reference<css::text::XPageCursor> mxPage;
  Reference<css::view::XSelectionSupplier> mxSelection;
  std::vector<Reference<css::text::XTextRange>> maRanges;
  std::unordered_map<int, core::PageSpan> maKnown;  // the ends asked so far (0: not yet)
  Any maSaved;
  bool mbMoved = false;
};

// The page lookup of a document with a view; empty for a model alone.
std::function<core::PageSpan(int, core::PageEnds)> pageLookup(const Context& ctx, const Reference<css::text::XTextDocument>& doc,
                                              std::vector<Reference<css::text::XTextRange>> ranges) {
  Reference<css::frame::XController> controller = Reference<css::frame::XModel>(doc, UNO_QUERY_THROW)->getCurrentController();
  Reference<css::text::XTextViewCursorSupplier> supplier(controller, UNO_QUERY);
  if (!supplier.is()) return {};
  Reference<css::text::XTextViewCursor> view = supplier->getViewCursor();
  if (!Reference<css::text::XPageCursor>(view, UNO_QUERY).is()) return {};
  auto lookup = std::make_shared<PageLookup>(ctx, view, Reference<css::view::XSelectionSupplier>(controller, UNO_QUERY),
                                             std::move(ranges));
  return [lookup](int paragraph, core::PageEnds ends) { return (*lookup)(paragraph, ends); };
}

}  // namespace

Reference<css::text::XTextRange> paragraphAt(const Reference<css::text::XTextDocument>& doc, int index) {
  Reference<css::text::XTextRange> found;
  if (index < 0) return doc->getText()->getStart();
  int remaining = index;
  find(doc->getText(), remaining, found);
  return found;
}

core::Document readDocument(const Context& ctx, const Reference<css::text::XTextDocument>& doc, const std::string& path,
                            const Reference<css::task::XStatusIndicator>& progress, std::string_view progressText,
                            bool layout, core::Cancellation* stop) {
  core::Document out;
  out.path = path;
  if (progress.is()) progress->start(toOU(progressText), 0);
  // the status bar cleared however the reading ends (stopped, or a failure the caller reports)
  struct ProgressEnd {
    Context ctx;
    Reference<css::task::XStatusIndicator> progress;
    ~ProgressEnd() {
      if (!progress.is()) return;
      LogFailureSink log(ctx);
      (void)barrier("ending the reading's progress", log, [&] { progress->end(); });
    }
  } end{ctx, progress};
  Reader reader(out, progress, layout, stop);
  reader.text(doc->getText(), -1, {});
  if (layout) out.pages = pageLookup(ctx, doc, reader.ranges());
  const OUString first = firstPageStyle(doc);
  out.page = pageOf(doc, first);
  out.otherPageStyles = otherPageStyles(doc, first, reader.pageBreakStyles());
  Reference<css::beans::XPropertySet> props(
      Reference<css::document::XDocumentPropertiesSupplier>(doc, UNO_QUERY_THROW)->getDocumentProperties()->getUserDefinedProperties(),
      UNO_QUERY_THROW);
  for (const auto& p : props->getPropertySetInfo()->getProperties()) {
    OUString value;
    if (props->getPropertyValue(p.Name) >>= value) out.properties.emplace(toUtf8(p.Name), toUtf8(value));
  }
  return out;
}

}  // namespace baocao::uno

# report_export: messages of the reports (one file per area).

## المصنّف (XLSX): الورقة الأخيرة تذكر التقرير وفترته والقاعدة والتعريفات.

# اسم ورقة: 31 حرفًا على الأكثر.
report-export-sheet-rule = القاعدة والتعريفات
report-export-report = التقرير
report-export-title = العنوان
report-export-version = إصدار التعريفات
report-export-rule = الأعداد الصغيرة
report-export-from = اليوم الأول
report-export-to = اليوم الأخير
report-export-sheets = الأوراق
report-export-definitions = التعريفات
report-export-definitions-source = docs/indicators.md، القسم «{ $section }»، منقولًا أدناه كما كُتب هناك (بالإنجليزية).
report-export-written-xlsx = كُتب: { $path } ({ $sheets ->
    [zero] لا أوراق
    [one] ورقة واحدة
    [two] ورقتان
    [few] { $sheets } أوراق
    [many] { $sheets } ورقةً
   *[other] { $sheets } ورقة
})

## لماذا تعذّرت كتابة ملف (يُقال داخل report-error-write)

report-export-why-missing = هذا المجلد غير موجود
report-export-why-not-folder = جزء من هذا المسار ملف وليس مجلدًا
report-export-why-denied = لا يحق لهذا الحساب الكتابة هناك
report-export-why-full = القرص أو مفتاح USB ممتلئ
report-export-why-read-only = هذا القرص للقراءة فقط
report-export-why-folder = هذا الاسم اسم مجلد

cli-arg-report-xlsx = كتابة الجداول في هذا المصنّف (XLSX): ورقة لكل جدول، والقاعدة والتعريفات في الورقة الأخيرة

## التقرير المطبوع (PDF)

report-export-continued = { $title }، تابع
report-export-page = الصفحة { $page } من { $pages }
report-export-written-pdf = كُتب: { $path } ({ $pages ->
    [zero] لا صفحات
    [one] صفحة واحدة
    [two] صفحتان
    [few] { $pages } صفحات
    [many] { $pages } صفحةً
   *[other] { $pages } صفحة
})
cli-arg-report-pdf = كتابة التقرير بصيغة PDF للطباعة (A4، ترويسة المركز، والقاعدة أسفل كل صفحة)

# report_treatment: messages of the reports (one file per area).
# تقرير العلاج: العلاج البديل خلال فترة.

report-treatment = العلاج البديل: الأشخاص في العلاج، بدء العلاج، الاستمرار، الجرعات، الجرعات الفائتة، فترات علاج TDI
report-persons-in-treatment = الأشخاص في العلاج البديل (وصفة طبية سارية)
report-inductions = بدء علاج من جديد (أول جرعة، أو أول جرعة بعد 5 أيام أو أكثر بلا جرعة)
report-retention = الاستمرار في العلاج لدى الأشخاص الذين بدؤوا خلال الفترة
report-retention-share = نسبة من لا يزالون في العلاج، من بين من يمكن قياسهم (%)
report-retention-by-sex = لا يزالون في العلاج، حسب الجنس (% ممن يمكن قياسهم)
report-retention-by-band = لا يزالون في العلاج، حسب الفئة العمرية عند البدء (% ممن يمكن قياسهم)
report-doses = الجرعات المعطاة (غير المُتراجع عنها)
report-missed-dose-episodes = حالات الجرعات الفائتة (أيام فائتة بلغت حدّ تعليق الجرعة)
report-tdi-episodes = فترات علاج TDI المفتوحة، ونسبة أسئلتها التي لا تزال غير معروفة
report-col-after-3-months = بعد 3 أشهر
report-col-after-6-months = بعد 6 أشهر
report-col-after-12-months = بعد 12 شهرًا
report-row-still-in-treatment = لا يزالون في العلاج
report-row-no-longer-in-treatment = لم يعودوا في العلاج
report-row-not-yet-measurable = لا يمكن القياس بعد
report-row-started = بدؤوا العلاج
report-col-started = بدؤوا
report-col-share-still = لا يزالون في العلاج (%)
report-col-episodes = فترات العلاج
report-col-share-unknown = أسئلة غير معروفة (%)

# تقرير TDI: الجداول الإجمالية لمؤشر طلب العلاج.

report-tdi = TDI: الجداول الإجمالية لفترات العلاج التي بدأت خلال الفترة
report-tdi-centre-status-sex = فترات علاج TDI حسب نوع المركز والعلاج السابق والجنس
report-tdi-primary-drug = فترات علاج TDI حسب المادة الرئيسية
report-tdi-ages = السن عند البدء وعند أول تعاطٍ، حسب المادة الرئيسية
report-tdi-injecting-years = السنوات منذ أول حقنة، حسب المادة الرئيسية
report-tdi-referral = فترات علاج TDI حسب الجهة التي أحالت الشخص
report-tdi-living-with = فترات علاج TDI حسب من يعيش معهم الشخص
report-tdi-living-with-children = فترات علاج TDI حسب العيش مع أطفال
report-tdi-living-where = فترات علاج TDI حسب مكان السكن
report-tdi-education = فترات علاج TDI حسب الدراسة
report-tdi-labour = فترات علاج TDI حسب الوضع المهني
report-tdi-route = فترات علاج TDI حسب طريقة تعاطي المادة الرئيسية
report-tdi-frequency = فترات علاج TDI حسب عدد مرات التعاطي، آخر 30 يومًا
report-tdi-polydrug = فترات علاج TDI حسب مشكلة تعاطي عدة مواد
report-tdi-ost = فترات علاج TDI حسب العلاج البديل (OST)
report-tdi-ost-years = السنوات منذ أول علاج بديل (OST)، لمن تلقاه في الماضي أو الآن
report-tdi-secondary-drugs = فترات علاج TDI حسب المادة الأخرى المذكورة
report-tdi-injecting = الأشخاص حسب التعاطي بالحقن (كل شخص مرة واحدة)
report-tdi-sharing = الأشخاص الذين تعاطوا بالحقن، حسب تبادل الإبر أو الحقن (كل شخص مرة واحدة)
report-tdi-testing = الأشخاص حسب فحص HIV وفحص HCV (كل شخص مرة واحدة)
report-col-persons = الأشخاص
report-col-hiv = فحص HIV
report-col-hcv = فحص HCV
report-col-age-start-n = السن عند البدء: العدد
report-col-age-start-mean = السن عند البدء: المتوسط
report-col-age-start-sd = السن عند البدء: الانحراف المعياري
report-col-first-use-n = السن عند أول تعاطٍ: العدد
report-col-first-use-mean = السن عند أول تعاطٍ: المتوسط
report-col-first-use-sd = السن عند أول تعاطٍ: الانحراف المعياري
report-col-years-n = السنوات: العدد
report-col-years-mean = السنوات: المتوسط
report-col-years-sd = السنوات: الانحراف المعياري

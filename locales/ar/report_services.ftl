# report_services: messages of the reports (one file per area).

## التغطية الصحية للأشخاص الذين استُقبلوا

report-coverage = التغطية الصحية: التأمين الصحي والحماية الاجتماعية والعلاج المجاني للأشخاص الذين استُقبلوا؛ الطلبات المقدَّمة والمقبولة، والمهل التي تجاوزها CPAS (مركز الرعاية الاجتماعية العمومي)
report-coverage-shares = التغطية الصحية للأشخاص الذين استُقبلوا (% منهم)
report-col-persons-seen = الأشخاص الذين استُقبلوا
report-col-insured = التأمين ساري المفعول (%)
report-col-protected = حماية اجتماعية ممنوحة (%)
report-col-free-care = علاج مجاني (%)
report-insured-by-band-sex = الأشخاص الذين استُقبلوا وتأمينهم ساري المفعول
report-protected-by-band-sex = الأشخاص الذين استُقبلوا ولديهم حماية اجتماعية ممنوحة (CPAS، AMU، MediPrima، BIM)
report-free-care-by-band-sex = الأشخاص الذين استُقبلوا ويتلقون علاجًا مجانيًا ريثما تُسوّى تغطيتهم
report-routes-by-route = طلبات التغطية حسب نوعها
report-routes-by-period = طلبات التغطية حسب الفترة
report-col-requested = مقدَّمة
report-col-granted = مقبولة
report-col-decision-late = تأخر قرار CPAS (30 يومًا)
report-col-notification-late = تأخر الإبلاغ بالقرار (8 أيام)

## الحد من الأضرار

report-harm-reduction = الحد من الأضرار: الأدوات الموزعة، الأدوات المستعملة المُعادة، النالوكسون، التبادل، التوزيع الثانوي
report-items-by-kind = الأدوات الموزعة حسب النوع (عدد الأصناف)
report-items-by-period = الأدوات الموزعة حسب الفترة (عدد الأصناف)
report-col-counter = في الشباك
report-col-outreach = في الشارع (جولة ميدانية)
report-returns-by-period = الأدوات المستعملة المُعادة مقابل أدوات التبادل الموزعة
report-col-exchange-given = أدوات التبادل الموزعة
report-col-returned = الأدوات المستعملة المُعادة
report-col-return-rate = نسبة الإعادة (%)
report-exchanges-by-period = عمليات التبادل (تسليم أدوات أو إعادة أدوات مستعملة)
report-for-others-by-period = التوزيع الثانوي (لآخرين) وحالات الطوارئ
report-col-for-others-acts = عمليات تبادل لآخرين أيضًا
report-col-for-others-people = أشخاص آخرون معنيون
report-col-emergency = سُلّمت دون تبادل (حالة طارئة)
report-naloxone-by-period = عُدد النالوكسون الموزعة والمستعملة
report-col-kits-given = العُدد الموزعة
report-col-reversals = العُدد المستعملة (المُبلَّغ عنها)
report-reversals-by-outcome = عُدد النالوكسون المستعملة حسب النتيجة
report-col-emergency-called = طُلب الإسعاف

## الفرق المتنقلة

report-outreach = الفرق المتنقلة: الجولات الميدانية، الأماكن، اللقاءات، حالات المرافقة، التطعيمات، التحويلات
report-outreach-by-period = الجولات الميدانية حسب الفترة
report-col-referrals = التحويلات
report-places-by-kind = الأماكن التي زرناها حسب النوع
report-contacts-by-period = اللقاءات (الأشخاص الذين التقيناهم) حسب الفترة
report-col-met-before = التقيناهم من قبل
report-col-new = جدد
report-contacts-by-band-sex = اللقاءات (الأشخاص الذين التقيناهم) حسب الفئة العمرية والجنس
report-new-contacts-by-band-sex = اللقاءات الجديدة حسب الفئة العمرية والجنس
report-accompaniments-by-partner-kind = حالات المرافقة حسب نوع الشريك
report-vaccinations-by-vaccine-dose = التطعيمات حسب اللقاح (كما كُتب) ورقم الجرعة

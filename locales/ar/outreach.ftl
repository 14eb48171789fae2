# الفرق المتنقلة: الأماكن والجولات الميدانية واللقاءات والتطعيمات.

audit-place-update = الكتابة في سجل الأماكن
audit-outreach-session-update = تسجيل جولة ميدانية
audit-outreach-contact-insert = تسجيل لقاء في جولة ميدانية
audit-vaccination-insert = تسجيل تطعيم

## الأماكن

outreach-kind-squat = مبنى مُحتلّ
outreach-kind-metro = محطة مترو
outreach-kind-street = شارع
outreach-kind-park = حديقة عامة
outreach-kind-partner = مقر شريك
outreach-kind-shelter = مأوى
outreach-kind-other = مكان آخر
outreach-place-added = أُضيف المكان «{ $place }» ({ $kind }).
outreach-place-closed = أُغلق المكان «{ $place }»: لا جولات جديدة فيه، وتبقى جولاته السابقة محسوبة.
outreach-no-places = لا يوجد أي مكان في السجل بعد: seuil place add NAME --kind K.
outreach-first-visit = أول زيارة في { $date }
outreach-not-visited = لم يُزَر بعد
outreach-closed-mark = مغلق
outreach-error-place-blank = يحتاج المكان إلى اسم (يكفي اسم رمزي).
outreach-error-place-punctuation = يجب أن يحتوي اسم المكان على حرف أو رقم واحد على الأقل، لا على علامات ترقيم فقط.
outreach-error-place-long = لا يتجاوز اسم المكان 60 حرفًا.
outreach-error-place-exists = يوجد في السجل مكان باسم «{ $place }» من قبل.
outreach-error-place-unknown = لا يوجد مكان باسم «{ $place }». الأماكن: seuil place list.
outreach-error-place-closed = المكان «{ $place }» مغلق.
outreach-error-kind = «{ $kind }» ليس نوعًا من أنواع الأماكن. الأنواع: { $kinds }.
outreach-error-commune = «{ $commune }» ليست بلدية من بلديات بروكسل (اكتب اسمها أو رمزها البريدي).

## الجولات واللقاءات

outreach-error-future = تاريخ { $date } في المستقبل: تُسجَّل الجولة في يومها أو بعده.
outreach-error-session = لا توجد جولة رقم { $session }.
outreach-error-person = لا يوجد شخص بالرمز { $code }.
outreach-error-partner = لا يطابق «{ $partner }» شريكًا واحدًا بعينه. الشركاء: seuil partner list.
outreach-error-no-vaccine = يحتاج التطعيم إلى اسم اللقاح.
outreach-error-no-lot = يحتاج التطعيم إلى رقم دفعة اللقاح: لم يُسجَّل شيء.
outreach-error-dose-number = رقم الجرعة { $dose }: من 1 إلى 10.
outreach-error-people = يشمل الإحصاء شخصًا واحدًا على الأقل.
outreach-error-count = { $arg } { $value }: العدد رقم صحيح يبدأ من 1.
outreach-error-tally-form = «{ $value }» ليس إحصاءً صالحًا: اكتب SEX/AGEBAND أو SEX/AGEBAND/new، مثلًا f/25-29/new.
outreach-error-tally-sex = «{ $value }» ليس جنسًا صالحًا للإحصاء: f أو m أو x أو u.
outreach-error-tally-band = «{ $value }» ليست فئة عمرية: <15 أو 15-19 أو 20-24 … 60-64 أو 65+ أو u.
outreach-error-nothing-to-reverse = لا يوجد لقاء يمكن التراجع عنه في هذه الجولة.
outreach-error-reversed = تم التراجع عن اللقاء { $contact } من قبل.
outreach-error-not-today = لم يُسجَّل اللقاء { $contact } اليوم: لا يُتراجع إلا عن لقاء اليوم.
outreach-contact-recorded = سُجِّل اللقاء { $contact } في الجولة { $session }.
outreach-contact-reversed = تم التراجع عن اللقاء { $contact }.
outreach-person-registered = سُجِّل شخص جديد: { $code }.
outreach-session-line = { $date }  رقم { $session }  { $place } ({ $team }): { $contacts ->
        [zero] لم نلتقِ بأحد
        [one] التقينا بشخص واحد
        [two] التقينا بشخصين
        [few] التقينا بـ{ $contacts } أشخاص
        [many] التقينا بـ{ $contacts } شخصًا
       *[other] التقينا بـ{ $contacts } شخص
    }، الجدد: { $new }

## المجاميع

outreach-total-sessions = الجولات
outreach-total-places = الأماكن التي زرناها
outreach-total-new-places = أماكن جديدة زرناها
outreach-total-contacts = اللقاءات (أشخاص)
outreach-total-new-contacts = لقاءات جديدة
outreach-total-accompaniments = حالات المرافقة
outreach-total-vaccinations = التطعيمات

## سطر الأوامر

cli-cmd-place = الأماكن التي تزورها الفرق المتنقلة
cli-cmd-place-add = إضافة مكان إلى السجل
cli-cmd-place-list = عرض الأماكن، النشطة أولًا
cli-cmd-place-close = إغلاق مكان (لا جولات جديدة فيه)
cli-cmd-outreach = الفرق المتنقلة: الجولات واللقاءات والأرقام
cli-cmd-outreach-session = بدء جولة في مكان (يطبع رقمها)
cli-cmd-outreach-contact = تسجيل لقاء في جولة: إحصاء أو شخص، وما قُدِّم له
cli-cmd-outreach-reverse = التراجع عن لقاء في جولة (آخر لقاء ما لم يُحدَّد --contact)، مسجَّل اليوم
cli-cmd-outreach-sessions = جولات فترة ما مع أرقامها
cli-arg-outreach-name = الاسم الرمزي للمكان
cli-arg-outreach-kind = نوع المكان: squat أو metro أو street أو park أو partner أو shelter أو other
cli-arg-outreach-commune = بلدية المكان (الاسم أو الرمز البريدي)
cli-arg-outreach-place = المكان، باسمه
cli-arg-outreach-date = يوم الجولة (وإلا فاليوم)
cli-arg-outreach-team = الفريق
cli-arg-outreach-staff = الحاضرون من الفريق، مفصولين بفواصل
cli-arg-outreach-session = رقم الجولة
cli-arg-outreach-tally = أشخاص التقيناهم دون اسم: SEX/AGEBAND[/new]، مثلًا f/25-29/new
cli-arg-outreach-person = رمز الشخص الذي التقيناه
cli-arg-outreach-new-person = تسجيل الشخص في عين المكان (لا شيء إلزامي)
cli-arg-outreach-people = كم شخصًا يشمل الإحصاء (وإلا فشخص واحد)
cli-arg-outreach-given = الأدوات المعطاة، ITEM=N (أصناف الشباك)
cli-arg-outreach-vaccine = اللقاح المُعطى
cli-arg-outreach-lot = رقم دفعة اللقاح (إلزامي)
cli-arg-outreach-dose = رقم الجرعة (من 1 إلى 10)
cli-arg-outreach-reaction = الآثار الجانبية الملاحَظة بعد التطعيم
cli-arg-outreach-accompanied = الشريك الذي رافقنا الشخص إليه
cli-arg-outreach-referral = الجهة التي حُوِّل إليها الشخص
cli-arg-outreach-care = الرعاية الصحية المقدَّمة
cli-arg-outreach-info = قُدِّمت معلومات
cli-arg-outreach-from = اليوم الأول (وإلا فالأول من يناير)
cli-arg-outreach-to = اليوم الأخير (وإلا فاليوم)

## شاشة الجولة الميدانية

tab-outreach = جولة ميدانية
outreach-today-title = جولات اليوم الميدانية
outreach-today-empty = لا توجد جولة اليوم بعد. n تبدأ جولة: المكان (موجود أو جديد) والفريق.
outreach-today-row = { $contacts ->
        [zero] لم نلتقِ بأحد
        [one] التقينا بشخص واحد
        [two] التقينا بشخصين
        [few] التقينا بـ{ $contacts } أشخاص
        [many] التقينا بـ{ $contacts } شخصًا
       *[other] التقينا بـ{ $contacts } شخص
    }، الجدد: { $new }
outreach-team = الفريق { $team }
outreach-session-started = بدأت الجولة { $session }: للإحصاء اضغط f أو m أو x أو u ثم العمر.
outreach-start-title = جولة جديدة اليوم
outreach-start-new-place = مكان جديد «{ $place }»: يُضاف إلى السجل مع نوعه.
outreach-start-hint = اكتب بعض حروف المكان؛ ↑↓ لاختيار مكان من السجل، وإلا يُضاف مكان جديد. ↵ تبدأ الجولة.
outreach-field-place = المكان
outreach-field-kind = النوع
outreach-field-team = الفريق
outreach-screen-totals = اللقاءات { $contacts } · الجدد { $new } · المرافَقون { $accompanied } · المطعَّمون { $vaccinated }
outreach-tally-label = إحصاء:
outreach-band-label = العمر:
outreach-band-ask = العمر ({ $sex }): اضغط مفتاح العمر.
outreach-band-u = عمر غير معروف
outreach-sex-f = امرأة
outreach-sex-m = رجل
outreach-sex-x = آخر
outreach-sex-u = غير معروف
outreach-next-label = اللقاء التالي:
outreach-next-nothing = لقاء فقط
outreach-next-new = جديد
outreach-next-accompanied = مرافقة إلى { $partner }
outreach-next-vaccine = { $vaccine } دفعة { $lot } جرعة { $dose }
outreach-next-care = رعاية
outreach-next-referral = تحويل
outreach-next-info = معلومات
outreach-next-dropped = أُلغي ما كان مُعدًّا للقاء التالي؛ لم يُكتب شيء.
outreach-last-contacts = آخر اللقاءات
outreach-no-contacts = لا يوجد لقاء في هذه الجولة بعد.
outreach-reversed-mark = تم التراجع عنه
outreach-material-label = الأدوات (عدد، ثم مفتاح الصنف):
outreach-material-count = { $count } من الصنف التالي…
outreach-person-label = الرمز أو الاسم
outreach-person-hint = اكتب رمز الشخص أو بعض حروف اسمه؛ Alt+N تسجّله في عين المكان (لا شيء إلزامي).
outreach-person-none = لم يُختر أحد: اكتب رمزًا أو اسمًا، أو Alt+N لشخص جديد.
outreach-person-name-refused = لا يمكن حفظ هذا الاسم كما كُتب؛ أفرغ الحقل واضغط Alt+N لشخص برمز فقط.
outreach-partner-label = مرافقة إلى
outreach-partner-none = لا يوجد شريك مطابق: يضيف المنسق الشركاء في شاشة التحويلات.
outreach-field-vaccine = اللقاح
outreach-field-lot = الدفعة
outreach-field-dose = رقم الجرعة
outreach-field-reaction = آثار جانبية
outreach-field-care = الرعاية المقدَّمة
outreach-field-referral = حُوِّل إلى
outreach-recorded-tally = سُجِّل الإحصاء.
outreach-recorded-person = سُجِّل اللقاء مع { $code }.
outreach-recorded-new-person = سُجِّل شخص جديد { $code } وسُجِّل اللقاء.
hint-outreach-start = جولة جديدة
hint-outreach-tally = إحصاء
hint-outreach-new = جديد
hint-outreach-person = شخص
hint-outreach-give = أدوات
hint-outreach-accompany = مرافقة
hint-outreach-vaccinate = لقاح
hint-outreach-care = رعاية
hint-outreach-info = معلومات
hint-outreach-reverse = تراجع
hint-outreach-band = العمر
hint-outreach-material-done = تم
hint-outreach-material-undo = حذف
help-action-outreach-start = بدء جولة اليوم (المكان، الفريق)
help-action-outreach-open = فتح الجولة المختارة
help-action-outreach-start-save = بدء الجولة (مع إضافة المكان إن كان جديدًا)
help-action-outreach-place-choose = اختيار أحد الأماكن المطابقة
help-action-outreach-tally = إحصاء: جنس الشخص (امرأة، رجل، آخر، غير معروف)، ثم مفتاح العمر
help-action-outreach-new = اللقاء التالي لقاء أول (مرة أخرى: ليس جديدًا)
help-action-outreach-person = شخص التقيناه: البحث بالرمز أو الاسم، أو التسجيل في عين المكان
help-action-outreach-give = الأدوات المعطاة في اللقاء التالي (مفاتيح أصناف الشباك)
help-action-outreach-accompany = رافقنا صاحب اللقاء التالي إلى شريك
help-action-outreach-vaccinate = تطعيم في اللقاء التالي (رقم الدفعة إلزامي)
help-action-outreach-care = الرعاية المقدَّمة والتحويل في اللقاء التالي
help-action-outreach-info = معلومات قُدِّمت في اللقاء التالي (مرة أخرى: لا شيء)
help-action-outreach-close = إلغاء ما أُعدّ للقاء التالي، أو مغادرة الجولة
help-action-outreach-band = الفئة العمرية: 1 <15 … 0 55-59، - 60-64، = 65+، u غير معروف
help-action-outreach-material-done = الاحتفاظ بالأدوات للقاء التالي
help-action-outreach-material-undo = حذف آخر صنف أو رقم
help-action-outreach-material-drop = إلغاء الأدوات المكتوبة هنا
help-action-outreach-person-pick = تسجيل اللقاء مع الشخص المختار
help-action-outreach-person-new = تسجيل الشخص في عين المكان (لا شيء إلزامي) وتسجيل اللقاء
help-action-outreach-partner-pick = الاحتفاظ بالشريك المختار

## تصدير بيانات الشخص

export-section-outreach = لقاءات الجولات الميدانية
export-section-vaccinations = التطعيمات
export-col-place = المكان
export-col-new = لقاء أول
export-col-care = الرعاية
export-col-information = معلومات
export-col-referral-to = حُوِّل إلى
export-col-accompanied = رافقناه إلى
export-col-reversed = تم التراجع عنه
export-col-vaccine = اللقاح
export-col-lot = الدفعة
export-col-dose-number = رقم الجرعة
export-col-reaction = آثار جانبية
export-col-vaccinator = القائم بالتطعيم
outreach-page-title = الجولات الميدانية
outreach-page-contact = { $date }  { $place }
outreach-page-vaccination = { $date }  { $vaccine }  دفعة { $lot }  جرعة { $dose }
outreach-field-day = اليوم
outreach-field-staff = الحاضرون
outreach-error-not-in-session = لا يوجد في الجولة { $session } لقاء رقم { $contact }.
outreach-reverse-ask-chosen = التراجع عن اللقاء المعلَّم بـ ›؟ ↵ نعم، Esc لا.
help-action-outreach-reverse-chosen = التراجع عن اللقاء المعلَّم بـ › (↑↓ لاختياره؛ يسأل أولًا)
help-action-outreach-pick = اختيار أحد آخر اللقاءات للتراجع عنه
cli-arg-outreach-contact = اللقاء المراد التراجع عنه (رقمه)، وإلا فآخر لقاء
outreach-total-line = { $label }: { $count }
outreach-field-commune = البلدية

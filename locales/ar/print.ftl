# المطبوعات: الورقة التي يأخذها الشخص، تذاكر الطابور، والطباعة نفسها.

## الورقة، بلغة الشخص
slip-title = إلى أين تذهب
slip-from = تحويل من { $site }
slip-address = العنوان: { $address }
slip-no-address = اسأل في الاستقبال عن العنوان.
slip-phone = الهاتف: { $phone }
slip-hours = أوقات العمل: { $hours }
slip-when = موعدك: { $date } الساعة { $time }
slip-when-none = بدون موعد: اذهب خلال أوقات العمل.
slip-urgent = اذهب اليوم من فضلك.
slip-bring = خذ معك هذه الورقة وأي وثائق لديك (بطاقة الهوية، بطاقة صندوق التأمين الصحي، رسائل CPAS). إذا لم يكن لديك أي وثيقة، اذهب على كل حال.
slip-contact = عندك سؤال؟ { $site }، { $phone }

## تذاكر الطابور
ticket-arrived = الوصول الساعة { $time }
ticket-wait = احتفظ بهذه التذكرة. سيظهر رقمك على الشاشة.

## الطباعة
print-sent = أُرسل إلى الطابعة { $printer }.
print-sent-default = أُرسل إلى الطابعة.
print-saved = حُفظ ملف PDF: { $path }
print-error-no-cups = لا يمكن الطباعة من هذا الجهاز (CUPS غير مثبّت). لم يضع شيء: احفظ ملف PDF من طابور الطباعة.
print-error-refused = لم تقبل الطابعة المستند: { $reason } لم يضع شيء: أعد المحاولة أو احفظه في ملف من طابور الطباعة.
print-error-write = تعذّرت كتابة { $path }: { $reason }. لم يضع شيء: جرّب مكانًا آخر، مفتاح USB مثلًا.
print-error-font = خطوط الطباعة داخل seuil تالفة؛ أعد تثبيت seuil. لم يضع شيء.
referral-error-unknown-id = لا يوجد تحويل رقم { $id }. صفحة الشخص تعرض تحويلاته.

## سطر الأوامر
cli-arg-urgent = يجب أن يذهب الشخص اليوم
cli-arg-appointment = موعد محجوز لدى الشريك (25/11/2026 10:00)
cli-cmd-site = ترويسة المركز: الاسم والعنوان والهاتف
cli-arg-site-name = اسم المركز
site-field-name = المركز:
site-field-address = العنوان:
site-field-phone = الهاتف:
site-not-set = (غير محدد)
site-saved = حُفظت الترويسة؛ تُطبع على الرسائل والأوراق والتذاكر.

## كتابة تحويل (من صفحة الشخص)
composer-title = تحويل لـ { $person }
composer-partner = الشريك
composer-reason = السبب
composer-urgent = عاجل
composer-appointment = الموعد
composer-consent = ما يُشارك في الرسالة
composer-letter-lang = لغة الرسالة
composer-slip-lang = لغة الورقة
composer-yes = نعم
composer-no = لا
composer-help-partner = اكتب بعض حروف اسم الشريك؛ ↑↓ للاختيار.
composer-help-reason = اكتب السبب، أو ↑↓ للأسباب الشائعة (بلغة الرسالة).
composer-help-appointment = تاريخ ووقت الموعد لدى الشريك، هكذا: 25/11/2026 10:00؛ اتركه فارغًا إن لم يوجد.
composer-help-consent = لا تحدد إلا ما وافق الشخص على مشاركته: ←→ للتنقل، المسافة للتحديد، أو 1–7.
composer-help-toggle = المسافة أو ←→ للتغيير.
composer-no-partner = اختر شريكًا أولًا.
composer-no-match = لا يوجد شريك بهذا الاسم في الدليل (F7 لإضافته).
composer-not-for-role = كتابة التحويلات غير متاحة لدورك.
consent-name = الاسم
consent-birth = تاريخ الميلاد
consent-niss = NISS
consent-languages = اللغات
consent-phone = الهاتف
consent-coverage = التغطية الصحية
consent-reason = السبب
preview-title = ما سيُطبع (الرسالة، ثم ورقة الشخص)
referral-saved-printed = حُفظ التحويل { $id } وأُرسل إلى الطابعة.
referral-saved-not-printed = حُفظ التحويل { $id }، لكنه لم يُطبع:
help-action-refer = كتابة تحويل لهذا الشخص
hint-refer = تحويل
help-action-preview = عرض ما سيُطبع
hint-preview = معاينة
help-action-composer-choose = اختيار شريك أو سبب شائع
help-action-save-print = حفظ التحويل وطباعته
hint-save-print = حفظ وطباعة
hint-scroll = تمرير
help-action-back-to-form = العودة إلى الاستمارة
hint-back = رجوع

## طابور الطباعة (شاشة التحويلات)
print-queue-title = طابور الطباعة: ما لم يصل إلى طابعة أولًا
print-queue-empty = لم يُطبع شيء بعد.
print-state-waiting = في الانتظار
print-state-sent = أُرسل
print-state-failed = لم يُطبع
print-state-saved = حُفظ كملف PDF
print-kind-referral = تحويل { $title }
print-kind-ticket = تذكرة { $title }
print-save-prompt = حفظ باسم:
help-action-print-queue = فتح طابور الطباعة
hint-print-queue = طابور الطباعة
help-action-retry = الإرسال إلى الطابعة مرة أخرى
hint-retry = إعادة
help-action-save-pdf = حفظ كملف PDF (مفتاح USB)
hint-save-pdf = حفظ PDF
help-action-open-page = فتح صفحة الشخص (التغطية، التحويلات)
print-error-no-printer = لم تُختر طابعة لهذا المكتب وليس للجهاز طابعة افتراضية. حدّد واحدة في desk.toml (printer = "…"، انظر lpstat -p). لم يضع شيء: احفظ ملف PDF من طابور الطباعة.
help-action-ticket = طباعة تذكرة بالرقم أو لا
route-ticket = طباعة تذكرة (Alt+P)
admin-section-centre = المركز
help-action-centre-save = حفظ الترويسة
site-explain = تُطبع في أعلى رسائل التحويل، وعلى ورقة الشخص وعلى التذاكر. ↑↓ للتنقل بين الحقول، Enter للحفظ.

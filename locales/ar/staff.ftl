# الموظفون، الدخول، القفل، سجل التدقيق، مدة الحفظ.

role-reception = الاستقبال
role-nurse = تمريض
role-social = مساعدة اجتماعية
role-mediator = وساطة بين الثقافات
role-coordinator = التنسيق

setup-title = مرحبًا بكم في seuil
setup-intro = قاعدة البيانات هذه جديدة. اكتبوا اسم المركز، وعنوانه وهاتفه إن أردتم (يُطبعان في ترويسة الرسائل)، وأنشئوا أول حساب للتنسيق؛ ثم ينشئ المنسق بقية الحسابات.
setup-site = اسم المركز
setup-pin-again = الرمز السري مرة أخرى

login-title = تسجيل الدخول
login-name = الاسم
login-pin = الرمز السري
login-checking = جارٍ التحقق…
login-refused = الاسم أو الرمز السري غير صحيح. حاولوا مرة أخرى.
login-wait = رموز سرية خاطئة كثيرة. حاولوا مرة أخرى بعد { $seconds } ثانية.

lock-title = المكتب مقفل
lock-intro = أقفله { $name }. اكتبوا اسمكم ثم رمزكم السري للمتابعة؛ ويتسلّم شخص آخر المكتب بالطريقة نفسها.

staff-error-name = اكتبوا اسمًا.
staff-error-pin = الرمز السري من 4 إلى 12 رقمًا.
staff-error-pins-differ = الرمزان غير متطابقين. اكتبوه مرة أخرى.
staff-error-taken = لدى { $name } حساب من قبل.
staff-error-unknown = لا يوجد حساب باسم { $name }.
staff-error-last-coordinator = يحتاج المركز إلى حساب تنسيق نشط واحد على الأقل: أنشئوا حسابًا آخر أولًا.

draft-title = استمارة غير مكتملة
draft-found = بقيت في هذا المكتب استمارة نصف معبأة (آخر حفظ الساعة { $time }):
draft-question = Enter: استعادتها · Esc: تركها

screen-not-for-role = هذه الشاشة غير مفتوحة لدور { $role }.
screen-not-for-role-detail = اطلبوها من المنسق إن احتجتم إليها.

admin-section-services = الخدمات
admin-section-staff = الموظفون
admin-section-audit = سجل التدقيق
admin-section-retention = مدة الحفظ

staff-col-name = الاسم
staff-col-role = الدور
staff-col-language = اللغة
staff-col-state = الحالة
staff-active = نشط
staff-inactive = معطَّل
staff-saved = حُفظ الحساب.
staff-new-pin = رمز سري جديد
staff-form-help = الدور: المسافة أو ←→ للتغيير. اتركوا الرمز السري فارغًا للإبقاء على الحالي.
form-title-staff-new = حساب جديد
form-title-staff-edit = حساب { $name }

audit-filter = تصفية
audit-col-when = متى
audit-col-who = من
audit-col-what = ماذا
audit-col-person = الشخص
audit-none = لا شيء. صفّوا برمز شخص أو اسم موظف أو يوم (23/11/2026)، ثم Enter.
audit-exported = { $count ->
    [zero] لم يُكتب أي سطر في { $path }.
    [one] كُتب سطر واحد في { $path }.
    [two] كُتب سطران في { $path }.
    [few] كُتبت { $count } أسطر في { $path }.
    [many] كُتب { $count } سطرًا في { $path }.
   *[other] كُتب { $count } سطر في { $path }.
}
audit-export-failed = تعذّرت كتابة { $path } ({ $detail }). تحققوا من المجلد والمساحة الفارغة؛ لم يضع شيء.

retention-days = أيام حفظ بيانات الطوابير
retention-explain = تُحذف عند التنظيف التذاكر ونداءاتها والمواعيد الأقدم من ذلك. تبقى الزيارات: فهي جزء من الملف العلاجي. وتخرج معها من طابور الطباعة المطبوعات التي طُبعت أو حُفظت.
retention-preview = بيانات الطوابير السابقة لـ { $day } التي سيحذفها التنظيف: التذاكر { $tickets }، المواعيد { $appointments }، المطبوعات المنجزة { $printouts }.
retention-error-days = اكتبوا عدد أيام بين 30 و3650.
retention-purge-confirm = اضغطوا Del مرة أخرى لحذف هذه البيانات الآن. لا يمكن التراجع عن ذلك.
retention-purged = تم التنظيف. المحذوف: التذاكر { $tickets }، المواعيد { $appointments }، المطبوعات المنجزة { $printouts }. سُجّل ذلك في سجل التدقيق.

hint-lock = قفل
help-action-lock = قفل المكتب (تُخفى بيانات الأشخاص حتى إدخال الرمز السري)
hint-restore-draft = استعادة
help-action-restore-draft = استعادة الاستمارة غير المكتملة
hint-drop-draft = ترك
help-action-drop-draft = ترك الاستمارة غير المكتملة
hint-section = القسم
help-action-admin-section = القسم التالي من شاشة الإدارة
help-action-edit-staff = تعديل الحساب المختار
help-action-add-staff = إنشاء حساب
hint-toggle-staff = تفعيل/تعطيل
help-action-toggle-staff = تفعيل الحساب المختار أو تعطيله
hint-filter = تصفية
help-action-audit-filter = عرض الأسطر المطابقة للتصفية
hint-export = تصدير
help-action-audit-export = تصدير الأسطر المعروضة إلى ملف CSV
help-action-retention-save = حفظ عدد الأيام
hint-purge = تنظيف
help-action-purge = حذف بيانات الطوابير الأقدم من مدة الحفظ

## سطر الأوامر
cli-arg-key-file = ملف مفتاح قاعدة بيانات مشفّرة (وإلا SEUIL_KEY_FILE، وإلا key_file في desk.toml)
cli-arg-new-key-file = ملف يحوي المفتاح الجديد (وإلا يُكتب مرتين)
cli-arg-role = الدور: reception، nurse، social، mediator، coordinator
cli-arg-language = لغة واجهة الحساب: fr، nl، en، ar، ti، pl
cli-arg-staff-name = اسم الموظف كما سيسجّل الدخول به
cli-arg-audit-person = الأسطر المتعلقة بهذا الشخص فقط (الرمز)
cli-arg-staff = أسطر هذا الموظف فقط
cli-arg-day = أسطر هذا اليوم فقط (25/11/2026 أو 2026-11-25)
cli-cmd-staff = حسابات الموظفين
cli-cmd-staff-add = إنشاء حساب (يُطلب الرمز السري مرتين)
cli-cmd-staff-list = عرض الحسابات
cli-cmd-audit = سجل التدقيق: من فعل ماذا، ومتى، ومن أي مكتب
cli-cmd-audit-list = عرض أسطر سجل التدقيق
cli-cmd-audit-export = كتابة أسطر سجل التدقيق في ملف CSV
cli-cmd-db-purge = حذف بيانات الطوابير الأقدم من مدة الحفظ (يتطلب --yes)
cli-cancelled = أُلغي: لم يتغيّر شيء.
staff-error-role = دور غير معروف «{ $role }». الأدوار: reception، nurse، social، mediator، coordinator.
staff-error-language = لغة غير معروفة. اللغات: fr، nl، en، ar، ti، pl.
staff-added = أُنشئ الحساب: { $name } ({ $role }).
db-passphrase = عبارة المرور لقاعدة البيانات:
db-new-passphrase = عبارة مرور جديدة (8 أحرف على الأقل):
db-new-passphrase-again = عبارة المرور نفسها مرة أخرى:
db-passphrases-differ = العبارتان غير متطابقتين. لم يتغيّر شيء.
db-key-needs-file = دون طرفية لكتابته، أعطوا المفتاح الجديد بـ --new-key-file PATH.
db-rekey-needs-key = لتغيير المفتاح، أعطوا المفتاح الحالي بـ --key-file (أو SEUIL_KEY_FILE).
db-encrypt-plain-only = تُفتح قاعدة البيانات هذه بمفتاح: هي مشفّرة من قبل. لتغيير مفتاحها استعملوا «seuil db rekey».
db-encrypt-done = { $path } مشفّرة الآن. احفظوا المفتاح في مكان آمن: من دونه لا يستطيع أحد قراءة البيانات.
db-rekey-done = تغيّر مفتاح { $path }. النسخ الاحتياطية السابقة تبقى بالمفتاح القديم.
db-purge-needs-yes = لم يُحذف شيء. أعيدوا التشغيل مع --yes للحذف.

## الأخطاء
error-wrong-key = المفتاح لا يفتح { $path }. تحققوا من ملف المفتاح أو عبارة المرور؛ لم يتغيّر الملف.
error-key-file = تعذّرت قراءة ملف المفتاح { $path } ({ $detail }). تحققوا من أن مفتاح USB موصول وأن الملف عليه.
error-key-short = عبارة المرور { $min } أحرف على الأقل.
error-db-in-use = مكاتب أخرى تفتح قاعدة البيانات. أغلقوا كل المكاتب (وشاشة قاعة الانتظار) ثم حاولوا مرة أخرى؛ لم يتغيّر شيء.
error-needs-key = { $path } مشفّرة (أو ليست قاعدة بيانات seuil): أعطوا مفتاحها بـ --key-file PATH أو SEUIL_KEY_FILE.
backup-daily-failed = فشل النسخ الاحتياطي اليومي إلى { $path } ({ $detail }). تحققوا من وجود المجلد ومن وجود مساحة فيه؛ قاعدة البيانات نفسها سليمة.
field-fund = صندوق التأمين الصحي (mutuelle)
field-note = ملاحظة
field-hidden = (مخفي لدوركم)
db-backup-target = تعذّرت كتابة النسخة الاحتياطية في { $path } ({ $detail }). تحققوا من أن القرص أو مفتاح USB موصول وقابل للكتابة وفيه مساحة؛ لم تُمسّ قاعدة البيانات نفسها ولم تبقَ نسخة ناقصة.

## سجل التدقيق بالكلمات: ما يقوله كل سطر (بجانب من قام به)
audit-person-insert = تسجيل شخص
audit-person-update = تعديل بطاقة شخص
audit-person-delete = حذف بطاقة شخص
audit-person-open = فتح بطاقة شخص
audit-person-export = تصدير كل ما يُحفظ عن شخص
audit-person-bulk = إنشاء سجل تجريبي (عدد الأشخاص: { $count })
audit-visit-insert = تسجيل زيارة
audit-visit-update = تعديل زيارة
audit-visit-delete = إلغاء زيارة
audit-ticket-insert = إعطاء تذكرة طابور
audit-ticket-update = تحديث تذكرة طابور
audit-ticket-delete = حذف تذكرة طابور
audit-appointment-insert = حجز موعد
audit-appointment-update = تعديل موعد
audit-appointment-delete = حذف موعد
audit-coverage-insert = إضافة تغطية صحية
audit-coverage-update = تحديث تغطية صحية
audit-coverage-delete = حذف تغطية صحية
audit-free-care-update = تغيير العلاج المجاني أو الدخل المنخفض
audit-free-care-delete = إيقاف العلاج المجاني
audit-merge-insert = دمج بطاقتين
audit-merge-update = التراجع عن دمج
audit-merge-delete = حذف دمج
audit-not-same-insert = تسجيل أن البطاقتين لشخصين مختلفين
audit-not-same-delete = سحب ملاحظة «ليس الشخص نفسه»
audit-service-insert = إضافة خدمة
audit-service-update = تعديل خدمة
audit-service-delete = حذف خدمة
audit-partner-insert = إضافة شريك
audit-partner-update = تعديل شريك
audit-partner-delete = حذف شريك
audit-referral-insert = كتابة تحويل
audit-referral-update = تحديث تحويل
audit-referral-delete = حذف تحويل
audit-print-insert = إرسال طباعة
audit-print-update = تحديث طباعة
audit-print-delete = حذف طباعة من طابور الطباعة
audit-staff-insert = إنشاء حساب موظف
audit-staff-update = تعديل حساب موظف
audit-staff-delete = حذف حساب موظف
audit-staff-login = تسجيل دخول { $name }
audit-staff-login-refused = رفض الرمز السري لـ«{ $name }»
audit-setting-update = تغيير إعداد: { $setting }
audit-setting-delete = مسح إعداد: { $setting }
audit-desk-lock = قفل المكتب
audit-queue-purge = تنظيف بيانات الطوابير السابقة لـ { $day } (التذاكر { $tickets }، المواعيد { $appointments }، المطبوعات المنجزة { $printouts })
audit-audit-export = تصدير سجل التدقيق (عدد الأسطر: { $count }) إلى { $path }
audit-database-encrypt =
    { $rekey ->
        [yes] تغيير مفتاح قاعدة البيانات
       *[no] تشفير قاعدة البيانات
    }
audit-unknown = { $codes } { $detail }
audit-who-system = { $user } (النظام)
audit-setting-site-name = اسم المركز
audit-setting-site-address = عنوان المركز
audit-setting-site-phone = هاتف المركز
audit-setting-retention = مدة حفظ بيانات الطوابير
audit-setting-search-keys = إصدار مفاتيح البحث

## التشغيل الأول: عنوان المركز وهاتفه، لترويسة الرسائل
setup-address = العنوان (اختياري)
setup-phone = الهاتف (اختياري)

## Intercultural mediation in the audit trail.

audit-mediation-need-update = تسجيل حاجة شخص إلى وسيط بين الثقافات
audit-mediation-need-delete = إلغاء طلب وسيط لشخص
audit-mediation-insert = الانضمام إلى استشارة كوسيط
audit-mediation-delete = الانسحاب من استشارة كوسيط

## Languages each member of staff speaks (what a mediator's list is made of).

staff-speaks = اللغات المحكية (ar، ti…)
staff-col-speaks = يتحدث
staff-error-speaks = اكتب اللغات المحكية باسمها أو برمزها، مفصولة بفواصل: العربية، التغرينية، so.
cli-arg-speaks = اللغات المحكية مع الأشخاص القادمين (رموز: ar,ti,so)، وعليها تُبنى قائمة الوسيط
cli-arg-languages = رموز اللغات مفصولة بفواصل (ar,ti)؛ بلا شيء: حذفها
cli-cmd-staff-speaks = تسجيل اللغات التي يتحدثها موظف مع الأشخاص القادمين
staff-speaks-saved = { $name } يتحدث: { $langs }.
staff-speaks-cleared = لم تعد هناك لغة مسجلة لـ{ $name }.

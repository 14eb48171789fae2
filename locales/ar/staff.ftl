# الموظفون، الدخول، القفل، سجل التدقيق، مدة الحفظ.

role-reception = الاستقبال
role-nurse = تمريض
role-social = مساعدة اجتماعية
role-mediator = وساطة بين الثقافات
role-coordinator = التنسيق

setup-title = مرحبًا بكم في seuil
setup-intro = قاعدة البيانات هذه جديدة. اكتبوا اسم المركز وأنشئوا أول حساب للتنسيق؛ ثم ينشئ المنسق بقية الحسابات.
setup-site = اسم المركز
setup-pin-again = الرمز السري مرة أخرى

login-title = تسجيل الدخول
login-name = الاسم
login-pin = الرمز السري
login-checking = جارٍ التحقق…
login-refused = الاسم أو الرمز السري غير صحيح. حاولوا مرة أخرى.
login-wait = رموز سرية خاطئة كثيرة. حاولوا مرة أخرى بعد { $seconds } ثانية.

lock-title = المكتب مقفل
lock-intro = أقفله { $name }. اكتبوا رمزكم السري للمتابعة، أو اسمًا آخر ورمزه لتسلّم المكتب.

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
audit-none = لا شيء. صفّوا برمز شخص أو اسم موظف أو يوم (2026-11-23)، ثم Enter.
audit-exported = كُتب { $count } سطرًا في { $path }.
audit-export-failed = تعذّرت كتابة { $path } ({ $detail }). تحققوا من المجلد والمساحة الفارغة؛ لم يضع شيء.

retention-days = أيام حفظ بيانات الطوابير
retention-explain = تُحذف عند التنظيف التذاكر ونداءاتها والمواعيد الأقدم من ذلك. تبقى الزيارات: فهي جزء من الملف العلاجي.
retention-preview = بيانات الطوابير السابقة لـ { $day } التي سيحذفها التنظيف: التذاكر { $tickets }، المواعيد { $appointments }.
retention-error-days = اكتبوا عدد أيام بين 30 و3650.
retention-purge-confirm = اضغطوا Del مرة أخرى لحذف هذه البيانات الآن. لا يمكن التراجع عن ذلك.
retention-purged = تم التنظيف. المحذوف: التذاكر { $tickets }، المواعيد { $appointments }. سُجّل ذلك في سجل التدقيق.

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

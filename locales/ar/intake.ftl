## الاستقبال: البحث، التسجيل، الزيارات، بطاقة الشخص، وأوامر «person».

intake-registered-count =
    { $count ->
        [zero] لا أحد في السجل
        [one] شخص واحد في السجل
        [two] شخصان في السجل
        [few] { $count } أشخاص في السجل
        [many] { $count } شخصًا في السجل
       *[other] { $count } شخص في السجل
    }
intake-loading = جارٍ تحميل السجل…
intake-col-code = الرمز
intake-col-name = الاسم
intake-col-born = مولد
intake-col-languages = اللغات
intake-col-last-visit = آخر زيارة
intake-empty-hint = اكتب بضعة أحرف من اسم أو لقب أو رمز؛ السنة تضيّق البحث (moh 1987). لا شيء إلزامي: Alt+A يسجّل زيارة مجهولة الهوية.
intake-none = لم يُعثر على أحد لـ «{ $query }».
intake-none-hint = Alt+N يسجّل شخصًا جديدًا بما كتبته؛ Alt+A يسجّل زيارة مجهولة الهوية.
intake-anonymous = مجهول
intake-visit-recorded = سُجّلت الزيارة: { $code } { $name }
intake-registered = سُجّل { $code } { $name }؛ وسُجّلت الزيارة.
intake-registered-anonymous = سُجّلت زيارة مجهولة الهوية بالرمز { $code }؛ وسُجّلت الزيارة.
intake-updated = حُفظت تعديلات { $code }.
hint-visit = زيارة
hint-new-person = جديد
hint-anonymous = مجهول
hint-edit = تعديل
hint-save = حفظ
hint-next-field = الخانة التالية
hint-cancel = إلغاء
help-action-visit = تسجيل زيارة الشخص المختار
help-action-new-person = تسجيل شخص جديد بما كُتب
help-action-anonymous = تسجيل زيارة مجهولة الهوية (رمز فقط)
help-action-edit = تعديل بطاقة الشخص المختار
help-action-save = حفظ البطاقة
help-action-next-field = الخانة التالية
help-action-prev-field = الخانة السابقة
help-action-cancel = إلغاء؛ لا يُحفظ شيء
form-title-new = شخص جديد: لا خانة إلزامية
form-title-edit = تعديل { $code }
form-duplicates = مسجّل من قبل؟ Esc ثم اختر من القائمة:
form-sex-hint = المسافة للتغيير
field-given-name = الاسم
field-family-name = اسم العائلة
field-alias = اللقب، اسم الشارع
field-birth = الولادة (سنة أو تاريخ)
field-sex = الجنس
field-languages = اللغات المحكية
field-phone = الهاتف
field-niss = الرقم الوطني أو BIS
field-nationality = الجنسية
field-commune = البلدية، أو «بلا مأوى»
sex-unknown = —
sex-not-said = لا يريد القول
sex-f = امرأة
sex-m = رجل
sex-x = آخر
field-error-too-long = { $field }: طويل جدًا ({ $max } حرفًا على الأكثر).
field-error-birth-shape = { $field }: اكتب السنة (1987) أو الشهر (05/1987) أو التاريخ (25/05/1987).
field-error-birth-impossible = { $field }: هذا التاريخ غير موجود: { $day }/{ $month }/{ $year }.
field-error-birth-range = { $field }: التاريخ في المستقبل أو قبل أكثر من 120 سنة.
field-error-niss-length = { $field }: الرقم الوطني أو رقم BIS من 11 رقمًا.
field-error-niss-month = { $field }: الشهر غير ممكن (01–12 أو 00، أو 21–32 / 41–52 لرقم BIS).
field-error-niss-day = { $field }: اليوم غير ممكن.
field-error-niss-checksum = { $field }: أرقام التحقق لا تتطابق؛ ربما كُتب رقم خطأً.
field-error-language = { $field }: هذه اللغة غير معروفة؛ اكتب اسمها (العربية، التغرينية، الصومالية…) أو رمزها (ar, ti, so)، مفصولة بفواصل.
field-error-phone = { $field }: أرقام ومسافات و + . / - ( ) فقط.
person-added = سُجّل { $code } { $name }
person-find-none = لم يُعثر على أحد لـ «{ $query }».
person-merged = دُمج { $other } في { $keep } (الدمج { $id }). للإلغاء: seuil person unmerge { $id }
person-unmerged = أُلغي الدمج { $id }: { $keep } و{ $other } ملفان منفصلان من جديد.
person-not-same = سُجّل: { $a } و{ $b } شخصان مختلفان؛ لن يُقترحا كنسختين مكررتين بعد الآن.
person-error-unknown-code = لا أحد يحمل الرمز { $code }. ابحث عنه بـ «seuil person find».
person-error-unknown-merge = لا يوجد دمج برقم { $id }.
person-error-same-record = لا يمكن دمج ملف مع نفسه.
person-error-already-merged = { $code } مدموج من قبل في ملف آخر؛ استعمل ذلك الملف.
person-error-marked-not-same = سُجّل { $a } و{ $b } كشخصين مختلفين؛ لا دمج.
person-error-already-undone = أُلغي الدمج { $id } من قبل.
person-error-later-merge = دُمج { $code } مرة أخرى بعد الدمج { $id }؛ ألغِ الدمج الأحدث أولًا.
generate-done = أُنشئ { $persons } شخص و{ $visits } زيارة في { $seconds } ثانية.
hint-merge = دمج
help-action-merge = تحديد للدمج؛ على ملف ثانٍ: المقارنة ثم الدمج
hint-confirm-merge = دمج
help-action-confirm-merge = دمج الملفين
hint-not-same = ليس الشخص نفسه
help-action-not-same = تذكّر أنهما شخصان مختلفان
intake-merge-marked = حُدّد { $code }. اختر الملف الذي يبقى ثم Alt+M مرة أخرى.
intake-merged = دُمج { $other } في { $keep } (الدمج { $id }). Alt+U يلغيه.
intake-unmerged = أُلغي الدمج { $id }: الملفان منفصلان من جديد.
intake-not-same = سُجّل: { $a } و{ $b } شخصان مختلفان؛ لن يُقترحا بعد الآن.
merge-title = الشخص نفسه؟
merge-keep = الملف الذي يبقى:
merge-other = الملف الذي يُدمج فيه:
merge-question = دمج { $other } في { $keep }؟ تنتقل الزيارات؛ Alt+U يلغي الدمج.
export-title = كل ما يحفظه seuil عن { $code }
export-section-record = البطاقة
export-section-visits = الزيارات
export-section-tickets = التذاكر
export-section-appointments = المواعيد
export-section-coverage = التغطية
export-section-free-care = العلاج المجاني
export-section-changes = التعديلات
export-section-merges = عمليات الدمج
export-none = لا شيء
intake-matched-count =
    { $count ->
        [zero] لم يُعثر على أحد
        [one] عُثر على شخص واحد
        [two] عُثر على شخصين
        [few] عُثر على { $count } أشخاص
        [many] عُثر على { $count } شخصًا
       *[other] عُثر على { $count } شخص
    }
intake-matched-more = { $shown } من { $count } · ضيّق البحث
intake-near-count =
    { $count ->
        [zero] لا أسماء قريبة
        [one] ≈ اسم واحد قريب، لا تطابق تامّ
        [two] ≈ اسمان قريبان، لا تطابق تامّ
        [few] ≈ { $count } أسماء قريبة، لا تطابق تامّ
        [many] ≈ { $count } اسمًا قريبًا، لا تطابق تامّ
       *[other] ≈ { $count } اسم قريب، لا تطابق تامّ
    }
person-find-near = لا أحد يطابق «{ $query }» كلمةً بكلمة؛ هذه أقرب الأسماء (≈). تحقّق منها قبل تسجيل بطاقة جديدة.
person-find-more = عُرض { $shown } من أصل { $total }؛ أضف كلمة أو سنة الميلاد، أو استعمل --limit.
search-keys-rebuilding = تحديث مفاتيح البحث

route-new-person = تسجيل جديد
route-coverage-chosen = التغطية: { $route } (تُحفظ مع التسجيل)
intake-registered-joined = سُجّل { $code } { $name }؛ التذكرة { $ticket }: { $service }.
intake-registered-anonymous-joined = سُجّلت زيارة مجهولة الهوية بالرمز { $code }؛ التذكرة { $ticket }: { $service }.
intake-visit-removed = أُلغيت الزيارة: { $code } { $name }
person-error-visit-not-yours = لم يعد ممكنًا إلغاء هذه الزيارة: لا يلغيها إلا من سجّلها، وفي اليوم نفسه.
person-error-visit-has-ticket = لهذه الزيارة التذكرة { $ticket }: أخرج التذكرة من الدور أولًا (غادر).
help-action-undo = إلغاء آخر دمج أو آخر زيارة سُجّلت في هذا المكتب
intake-position = { $at }/{ $shown }

## تصدير بيانات شخص: كلمات كل قيمة
export-pair = { $label }: { $value }
export-registered = أُنشئت البطاقة في { $at } من طرف { $by }
export-col-arrived = الوصول
export-col-left = المغادرة
export-col-desk = المكتب
export-col-by = من طرف
export-col-ticket = التذكرة
export-col-service = الخدمة
export-col-day = اليوم
export-col-priority = الأولوية
export-col-status = الحالة
export-col-called = النداء
export-col-started = البداية
export-col-finished = النهاية
export-col-room = القاعة
export-col-time = الساعة
export-col-duration = المدة
export-col-worker = المختص
export-col-updated = آخر تحديث
export-col-written = كُتب في
export-col-partner = الشريك
export-col-reason = السبب
export-col-urgency = الاستعجال
export-col-appointment = الموعد
export-col-low-income = دخل منخفض
export-col-free-from = علاج مجاني منذ
export-col-free-review = للمراجعة في
export-change = { $field }: { $old } ← { $new }
export-merge = دُمجت البطاقة { $merged } في { $kept }
export-merge-undone = أُلغي الدمج في { $at }
export-yes = نعم
export-no = لا
export-urgent = عاجل
export-not-urgent = غير عاجل
export-minutes = { $minutes } دقيقة
export-no-fixed-address = بلا مأوى ثابت
field-error-birth-no-such-month = { $field }: هذا الشهر غير موجود: { $month }/{ $year }.
form-warning-niss-birth = الرقم الوطني يشير إلى الولادة في { $niss } وليس { $birth }. صحّح أحدهما، أو اضغط Enter مرة أخرى لإبقاء ما كُتب.
intake-keep-typing = السنة تُكتب بأربعة أرقام (1987)؛ أو اكتب اسمًا أو لقبًا أو رمزًا.

## Intercultural mediation: marking a person, their record, their export.

help-action-mark-mediation = طلب وسيط بين الثقافات بلغة الشخص الأولى؛ مرة أخرى: لغته التالية، ثم بلا وسيط
mediation-no-languages = لطلب وسيط، سجّل أولاً لغات { $code } في ملفه (Alt+E).
mediation-marked = { $name } ({ $code }) يحتاج إلى وسيط (اللغة: { $lang }). Alt+I مرة أخرى: لغة أخرى من لغاته، أو بلا وسيط.
mediation-unmarked = { $name } ({ $code }) لم يعد بحاجة إلى وسيط.
mediation-tag = [وساطة { $lang }]
mediation-tag-joined = [وساطة { $lang }: { $names }]
route-mediation = وساطة بين الثقافات: { $lang } (Alt+I)
route-mediation-none = وساطة بين الثقافات: غير مطلوبة (Alt+I)
export-section-mediation-need = الوساطة بين الثقافات
export-section-mediations = استشارات بحضور وسيط
export-col-language = اللغة
export-col-marked = تاريخ الطلب
export-col-joined = تاريخ الانضمام
export-col-mediator = الوسيط
mediation-error-language = «{ $code }» ليست لغة معروفة؛ اكتب اسمها (العربية، التغرينية…) أو رمزها (ar, ti, so…).
person-edited = { $code } { $name }: { $count ->
    [zero] لم يتغير شيء
    [one] صُحّح حقل واحد، وحُفظ في سجل الملف
    [two] صُحّح حقلان، وحُفظا في سجل الملف
    [few] صُحّحت { $count } حقول، وحُفظت في سجل الملف
    [many] صُحّح { $count } حقلًا، وحُفظت في سجل الملف
   *[other] صُحّح { $count } حقل، وحُفظت في سجل الملف
}
person-edit-nothing = حدّد ما الذي يتغير: ‎--name أو ‎--alias أو ‎--born أو ‎--phone أو ‎--commune أو ‎--lang.

# صرف الدواء: قائمة اليوم وشاشة جرعة الشخص.

tab-treatment = الجرعات

## المفاتيح

help-action-open-dose = فتح شاشة جرعة هذا الشخص
hint-open-dose = الجرعة
help-action-dose-give = تأكيد جرعة اليوم، تُؤخذ هنا في المركز
hint-dose-give = إعطاء
help-action-dose-take-home = جرعة تُؤخذ إلى البيت: ثم عدد الأيام (من 1 إلى 7)
hint-dose-take-home = إلى البيت
help-action-dose-withhold = تعليق جرعة اليوم مع ذكر السبب
hint-dose-withhold = تعليق
help-action-dose-decide = تسجيل قرار الطبيب
hint-dose-decide = قرار
help-action-dose-prescribe = إدخال وصفة جديدة
hint-dose-prescribe = وصفة
help-action-dose-vomited = تقيّأ الشخص جرعة اليوم
help-action-dose-refused = الشخص يرفض جرعة اليوم
help-action-dose-reverse = إلغاء آخر ما سُجّل اليوم (مع طلب التأكيد)
help-action-dose-close = الرجوع إلى القائمة، أو إلى حيث فُتحت الشاشة
help-action-take-home-days = عدد الأيام التي تُسلَّم جرعاتها إلى البيت
hint-take-home-days = الأيام
help-action-withhold-reason = اختيار السبب
help-action-withhold-confirm = تسجيل تعليق الجرعة بهذا السبب
help-action-reverse-confirm = نعم، ألغِ التسجيل
hint-reverse-confirm = إلغاء التسجيل

## قائمة اليوم

dispensary-list-title = صرف الدواء اليوم
dispensary-dosed-count = { $count ->
    [0] لم يأخذ أحد جرعته بعد
    [one] شخص واحد أخذ جرعته
    [two] شخصان أخذا جرعتيهما
    [few] { $count } أشخاص أخذوا جرعاتهم
    [zero] لم يأخذ أحد جرعته بعد
    [many] { $count } شخصًا أخذوا جرعاتهم
   *[other] { $count } شخص أخذوا جرعاتهم
}
dispensary-list-empty = لا أحد في طابور صرف الدواء اليوم. تُفتح شاشة الجرعة أيضًا من صفحة الشخص (g).
dispensary-col-today = اليوم
dispensary-dosed-tag = [أُعطيت الجرعة]
dispensary-not-dosed = ليس بعد

## شاشة الجرعة

dispensary-reading = جارٍ قراءة الملف…
dispensary-prescription = { $product } { $mg } ملغ يوميًا، من { $from } إلى { $until }
dispensary-prescription-by = الطبيب: { $prescriber } · إلى البيت: { $days ->
    [0] أبدًا
    [one] يوم واحد على الأكثر
    [two] يومان على الأكثر
    [zero] أبدًا
    [few] { $days } أيام على الأكثر
    [many] { $days } يومًا على الأكثر
   *[other] { $days } يوم على الأكثر
}
dispensary-no-current = لا توجد وصفة سارية.
dispensary-due = جرعة اليوم: { $mg } ملغ. Enter للتأكيد، تُؤخذ هنا.
dispensary-due-by-decision = جرعة اليوم: { $mg } ملغ، حدّدها الطبيب بقراره. Enter للتأكيد، تُؤخذ هنا.
dispensary-missed = { $missed ->
    [0] لا أيام فائتة
    [one] يوم فائت واحد
    [two] يومان فائتان
    [zero] لا أيام فائتة
    [few] { $missed } أيام فائتة
    [many] { $missed } يومًا فائتًا
   *[other] { $missed } يوم فائت
}
dispensary-take-homes-up-to = إلى البيت: حتى { $days ->
    [one] يوم واحد
    [two] يومين
    [zero] { $days } يوم
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
}
dispensary-take-homes-none = لا جرعة إلى البيت اليوم
dispensary-back-on = موعد العودة: { $day }
dispensary-mg = { $mg } ملغ
dispensary-last-doses = آخر الجرعات
dispensary-no-doses = لا جرعات في الأسبوعين الأخيرين.
dispensary-decision-mg = ، الاستئناف بـ { $mg } ملغ
dispensary-last-decision = قرار { $day } ({ $prescriber }): { $decision }{ $mg }
dispensary-tag-reversed = [أُلغيت]
dispensary-tag-later = [سُجّلت لاحقًا]
dispensary-ask-days = لكم يومًا؟ اكتب رقمًا من 1 إلى { $days } (Esc: لا يُكتب شيء).
dispensary-ask-reverse = إلغاء آخر ما سُجّل اليوم لهذا الشخص؟ Enter: نعم · Esc: لا.
dispensary-ask-reason = لماذا عُلّقت الجرعة؟
dispensary-reason-intoxicated = الشخص تحت تأثير مادة
dispensary-reason-prescriber = بقرار من الطبيب
dispensary-reason-other = سبب آخر
dispensary-reason-needed = اكتب السبب، أو اختر واحدًا من القائمة.

## الاستمارات

dispensary-decision-title = قرار الطبيب لـ { $code }
dispensary-decision-hint = { $missed ->
    [0] لا أيام فائتة.
    [one] يوم فائت واحد.
    [two] يومان فائتان.
    [zero] لا أيام فائتة.
    [few] { $missed } أيام فائتة.
    [many] { $missed } يومًا فائتًا.
   *[other] { $missed } يوم فائت.
} تُطلب جرعة الاستئناف حين تقتضيها الأيام الفائتة.
dispensary-prescription-title = وصفة جديدة لـ { $code }
dispensary-prescription-hint = التواريخ مثل { $today }؛ بلا تاريخ نهاية تسري الوصفة أطول مدة مسموح بها. ←→ لاختيار الدواء.
dispensary-field-prescriber = الطبيب
dispensary-field-decision = القرار
dispensary-field-restart-mg = جرعة الاستئناف (ملغ)
dispensary-field-product = الدواء
dispensary-field-mg = الجرعة اليومية (ملغ)
dispensary-field-starts = من
dispensary-field-ends = إلى (اختياري)
dispensary-field-take-home-days = أيام البيت (من 0 إلى 7)
dispensary-field-note = ملاحظة
dispensary-error-product = اختر الدواء (←→).
dispensary-error-days = عدد أيام البيت رقم من 0 إلى { $ceiling }.

## ما سُجّل

dispensary-recorded-given = سُجّلت الجرعة: { $mg } ملغ أُخذت هنا.
dispensary-recorded-take-home = سُجّلت الجرعة: { $mg } ملغ يوميًا إلى البيت لمدة { $days ->
    [one] يوم واحد
    [two] يومين
    [zero] { $days } يوم
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
}.
dispensary-recorded-vomited = سُجّل: تقيّأ الشخص الجرعة ({ $mg } ملغ). لا تُعاد إلا بقرار من الطبيب (d).
dispensary-recorded-refused = سُجّل: رفض الشخص الجرعة.
dispensary-recorded-withheld = سُجّل: الجرعة معلّقة.
dispensary-reversed = أُلغي: { $rows ->
    [one] سطر واحد
    [two] سطران
    [zero] لا شيء
    [few] { $rows } أسطر
    [many] { $rows } سطرًا
   *[other] { $rows } سطر
}؛ يعود الدواء إلى السجلّ.
dispensary-decided = سُجّل قرار الطبيب.
dispensary-prescribed = سُجّلت الوصفة: { $mg } ملغ يوميًا.
help-action-dose-labels = إعادة طباعة ملصقات الجرعات التي سُلّمت للتوّ إلى البيت
help-action-register = فتح سجل المواد المخدرة (المخزون، جرد اليوم، الدفعات المستلمة)
dispensary-tdi-starting = لا توجد بعد فترة علاج TDI لهذا الشخص: تُفتح الفترة عند بداية العلاج. t تفتح الاستمارة.
dispensary-tdi-returning = يجب فتح فترة علاج TDI جديدة: عاد بعد ستة أشهر أو أكثر (آخر تواصل في { $day }). t تفتح الاستمارة.

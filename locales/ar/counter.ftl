# شباك الحد من المخاطر: المعدات المعطاة والمُعادة، النالوكسون.

audit-counter-item-update = تعديل قائمة المعدات
audit-counter-exchange-insert = تسجيل معدات أُعطيت
audit-naloxone-batch-insert = استلام دفعة نالوكسون
audit-naloxone-kit-insert = إعطاء عدة نالوكسون
audit-naloxone-reversal-insert = تسجيل استعمال عدة نالوكسون
counter-error-unknown-item = «{ $item }» ليس في قائمة الشباك. المعدات: seuil counter items.
counter-error-removed-item = لم يعد «{ $item }» يُعطى في هذا المركز.
counter-error-nothing = لا شيء للتسجيل: اذكر ما أُعطي أو كم قطعة مستعملة أُعيدت.
counter-error-confirm = { $count } × «{ $item }» أكثر من { $above }: تحقّق من العدد ثم أكّده (--yes في سطر الأوامر).
counter-error-no-naloxone = لا توجد عُدَد نالوكسون صالحة كافية (المتبقي: { $left }): استلم دفعة أولًا (seuil counter naloxone-receive).
counter-error-item-exists = «{ $item }» موجود في القائمة.
counter-error-key-taken = المفتاح { $key } مخصّص لـ«{ $item }».
counter-error-bad-code = الرمز «{ $code }»: من 2 إلى 30 حرفًا لاتينيًا صغيرًا أو رقمًا أو شرطة.
counter-error-bad-key = المفتاح «{ $key }»: حرف صغير واحد، غير r وt (المُعاد، لآخرين).
counter-error-bad-kind = النوع «{ $kind }» غير معروف. الأنواع: { $kinds }.
counter-error-no-name = اكتب الاسم بالفرنسية على الأقل (--name-fr).
counter-error-nothing-to-undo = لا يوجد تبادل من اليوم لإلغائه.
counter-error-lot-exists = الدفعة { $lot } مسجّلة من قبل.
counter-error-expired = تنتهي صلاحية هذه الدفعة في { $day }، أي قبل اليوم: لا يمكن استلامها.
counter-error-no-kits = كم عدة؟ واحدة على الأقل.
counter-error-no-lot = رقم الدفعة ناقص.
counter-error-unknown-kit = لم تُعطَ أي عدة برقم { $kit }.
counter-error-unknown-person = لا أحد يحمل الرمز { $code }.
counter-error-form = «{ $word }»: اكتب ITEM=العدد، مثلًا syringe-1ml=10.
counter-error-count = «{ $word }»: العدد رقم صحيح من 1 فما فوق.
counter-error-twice = «{ $item }» مكتوب مرتين: مرة واحدة لكل مادة.
counter-list-reloaded = أُعيدت قراءة القائمة: لم يُسجَّل شيء، صحّح ثم احفظ من جديد.

## المعدات الأساسية، حسب الرمز.
counter-item-syringe-1ml = حقنة 1 مل
counter-item-syringe-2ml = حقنة 2 مل
counter-item-needle = إبرة
counter-item-cup = كوب تحضير (Stericup)
counter-item-filter = فلتر
counter-item-water = ماء معقّم
counter-item-swab = مسحة كحول
counter-item-ascorbic-acid = حمض الأسكوربيك
counter-item-tourniquet = رباط ضاغط
counter-item-crack-pipe = غليون كراك
counter-item-mouthpiece = مبسم
counter-item-foil = ورق ألمنيوم
counter-item-snorting-kit = عدة الاستنشاق
counter-item-condom = واقٍ ذكري
counter-item-lubricant = مزلّق
counter-item-naloxone = عدة نالوكسون
counter-item-fentanyl-strip = شريط كشف الفنتانيل
counter-item-sharps-container = حاوية الإبر المستعملة

## الشباك في سطر الأوامر.
counter-exchange-item = تبادل
counter-given = أُعطي: { $what } · المُعاد: { $returned } · لآخرين: { $others }
counter-kit-given = عدة نالوكسون رقم { $kit }: الدفعة { $lot }، تنتهي في { $expires }
counter-today-line = اليوم: التبادلات { $exchanges } · المُعاد { $returned } · لآخرين { $others } · رصيد التبادل { $balance }
counter-undone = أُلغي: { $what }
counter-item-removed = لم يعد «{ $item }» يُعطى؛ ويبقى في الأرقام.
counter-batch-line = الدفعة { $lot }، تنتهي في { $expires }: { $kits ->
    [zero] لا عُدَد
    [one] عدة واحدة
    [two] عدتان
    [few] { $kits } عُدَد
    [many] { $kits } عدة
   *[other] { $kits } عدة
}، المتبقي { $left }
counter-reversal-recorded = سُجّل استعمال العدة (رقم { $id }): { $outcome ->
    [recovered] تعافى
    [hospital] المستشفى
    [died] وفاة
   *[other] النتيجة غير معروفة
}.
counter-outcome-recovered = تعافى
counter-outcome-hospital = المستشفى
counter-outcome-died = وفاة
counter-outcome-unknown = غير معروف
counter-called-yes = نعم
counter-called-no = لا
counter-called-unknown = لا يعرف

cli-cmd-counter = شباك الحد من المخاطر: المعدات المعطاة والمُعادة، النالوكسون
cli-cmd-counter-items = قائمة المعدات: الرموز والمفاتيح والأنواع والأسماء
cli-cmd-counter-give = تسجيل معدات أُعطيت (ومعدات مستعملة أُعيدت)
cli-cmd-counter-today = أرقام اليوم في الشباك
cli-cmd-counter-undo = إلغاء آخر تبادل اليوم لمستخدم هذا الجهاز
cli-cmd-counter-item-add = إضافة مادة إلى القائمة
cli-cmd-counter-item-rename = تسمية مادة بلغة أو أكثر
cli-cmd-counter-item-key = إعطاء مادة مفتاحًا آخر
cli-cmd-counter-item-remove = التوقف عن إعطاء مادة (تبقى في الأرقام)
cli-cmd-counter-naloxone-receive = تسجيل استلام دفعة من عُدَد النالوكسون
cli-cmd-counter-reversal = تسجيل استعمال عدة نالوكسون (جرعة زائدة أُنقذ صاحبها)
cli-arg-given = المعدات المعطاة: ITEM=العدد، مثلًا syringe-1ml=10 needle=10
cli-arg-returned = كم قطعة مستعملة أُعيدت
cli-arg-for-others = لكم شخصًا آخر (التوزيع الثانوي)
cli-arg-counter-emergency = أُعطي في حالة طارئة، دون تبادل
cli-arg-counter-kind = النوع: injection أو smoking أو sniffing أو sex أو naloxone أو test أو disposal أو care أو other
cli-arg-key = المفتاح الذي يعطيها في الشباك (حرف واحد)
cli-arg-exchange = معدات حقن معقّمة، تُعطى مقابل المعدات المستعملة
cli-arg-item-code = رمز المادة (syringe-1ml…)
cli-arg-kits = عدد العُدَد
cli-arg-kit = رقم العدة المستعملة، إن كان معروفًا
cli-arg-emergency-called = هل طُلب الإسعاف: yes أو no أو unknown
cli-arg-reversal-outcome = النتيجة: recovered أو hospital أو died أو unknown
cli-arg-reversal-on = يوم استعمال العدة
cli-arg-naloxone-lot = رقم الدفعة المكتوب على العلبة

## شاشة الشباك.
tab-counter = الشباك
help-action-goto-counter = الانتقال إلى شاشة «{ $screen }» (Alt+8 حين يأخذ الطرفيّ F11 لملء الشاشة)
help-action-counter-count = عدد ثم مفتاح المادة: الكمية (يبقى العدد للمفاتيح التالية)
help-action-counter-returned = المعدات المستعملة المُعادة: العدد المكتوب قبله، وإلا واحدة أخرى
help-action-counter-others = لكم شخصًا آخر (التوزيع الثانوي)
help-action-counter-more = واحدة زيادة في السطر المختار
help-action-counter-less = واحدة أقل في السطر المختار
help-action-counter-emergency = حالة طارئة: أُعطي دون تبادل
help-action-counter-person = لشخص (الرمز أو الاسم)؛ مرة أخرى: دون اسم
help-action-counter-save = حفظ التبادل
help-action-counter-clear = مسح كل شيء دون تسجيل
help-action-counter-undo = إلغاء آخر تبادل اليوم (بعد سؤال)
help-action-counter-reversal = الإبلاغ عن استعمال عدة نالوكسون
help-action-counter-clear-count = مسح العدد المكتوب
help-action-counter-pick = اختيار هذا الشخص
help-action-counter-cycle = تغيير الجواب
help-action-counter-yes = نعم
hint-counter-count = العدد
hint-counter-returned = المُعاد
hint-counter-others = لآخرين
hint-counter-person = شخص
hint-counter-undo = إلغاء
hint-counter-reversal = عدة استُعملت
hint-counter-yes = نعم
counter-col-item = المادة
counter-col-now = الآن
counter-col-today = اليوم
counter-this-exchange = هذا التبادل
counter-returned-label = المُعاد
counter-others-label = لآخرين
counter-person-label = الشخص
counter-anonymous = دون اسم
counter-balance-label = رصيد التبادل
counter-balance-detail = { $given } للتبادل · { $returned } مُعادة
counter-emergency-on = حالة طارئة: أُعطي دون تبادل
counter-count-armed = العدد: { $count }
counter-naloxone-next = نالوكسون: الدفعة { $lot }، تنتهي { $expires } ({ $left })
counter-naloxone-none = نالوكسون: لا دفعة صالحة
counter-today = اليوم
counter-today-exchanges = التبادلات
counter-today-emergencies = الحالات الطارئة
counter-saved = سُجّل: { $what }
counter-saved-kits = نالوكسون: الدفعة { $lots }
counter-ask-undo = إلغاء آخر تبادل اليوم؟ Enter: نعم · Esc: لا
counter-ask-confirm = { $count } × «{ $item }»: هذا كثير. Enter للتأكيد، Esc للتصحيح.
counter-person-search = الرمز أو الاسم
counter-person-none = لم يُعثر على أحد.
counter-reversal-title = عدة نالوكسون استُعملت
counter-reversal-kit = رقم العدة
counter-reversal-person = رمز الشخص
counter-reversal-on = متى
counter-reversal-called = طُلب الإسعاف
counter-reversal-outcome = النتيجة
counter-reversal-note = ملاحظة
counter-reversal-bad-date = لم يُفهم التاريخ: «{ $text }».
counter-reversal-bad-kit = رقم العدة يجب أن يكون عددًا: «{ $text }».
counter-person-line = الشخص: { $person }

## Export of a person.
export-section-counter = المعدات المعطاة في الشباك
export-section-naloxone-kits = عُدَد النالوكسون
export-section-reversals = عُدَد النالوكسون المستعملة
export-col-given = المعطى
export-col-returned = المُعاد
export-col-for-others = لآخرين
export-col-emergency = حالة طارئة
export-col-taken-back = أُلغي
export-col-kit = رقم العدة
export-col-lot = الدفعة
export-col-expires = تنتهي في
export-col-happened = استُعملت في
export-col-called = طُلب الإسعاف
export-col-reversal-outcome = النتيجة
counter-page-title = ما أُعطي في الشباك
counter-page-line = { $what } · المُعاد { $returned }

# stock
# سجل المواد المخدرة: الدفعات المستلمة، المرتجعات، الإتلاف، جرد اليوم، الملصقات.

## لماذا رُفض الإجراء في السجل، وما العمل

stock-error-product = «{ $product }» ليس في قائمة الأدوية. الأدوية: seuil stock products.
stock-error-lot = لا توجد في السجل دفعة «{ $lot }» من { $product }. تحقّق من الرقم المكتوب على القارورة أو العلبة (seuil stock balance).
stock-error-duplicate-lot = الدفعة { $lot } من { $product } مسجّلة من قبل. تُستلم الدفعة مرة واحدة فقط؛ ويُصحَّح الخطأ بالجرد (seuil stock check).
stock-error-no-lot = اكتب رقم الدفعة المكتوب على القارورة أو العلبة.
stock-error-not-positive = ‏{ $mg } ملغ ليست كمية: اكتب كمية أكبر من 0 ملغ.
stock-error-negative-count = لا يمكن عدّ { $mg } ملغ: اكتب ما عددته، صفرًا أو أكثر.
stock-error-expired-on-arrival = تنتهي صلاحية هذه الدفعة يوم { $day }، أي قبل استلامها: تحقّق من تاريخ انتهاء الصلاحية.
stock-error-no-strength = للشراب، اكتب تركيزه بالملغ في الملّيلتر (--mg-per-ml)، وإلا فلا يمكن حساب الملّيلترات.
stock-error-bad-strength = يجب أن يكون التركيز عددًا أكبر من صفر.
stock-error-negative = في الدفعة { $lot } من { $product } ‏{ $left } ملغ فقط: لا يمكن إخراج { $asked } منها. لم يُكتب شيء؛ تحقّق من الكمية، أو قم بالجرد أولًا.
stock-error-reason = في السجل { $expected } ملغ، وعددتَ { $counted } ملغ: اكتب سبب الفرق لتصحيح السجل.
stock-error-no-batch = لا توجد أي دفعة من { $product } في السجل: سجّل استلام دفعة أولًا.
stock-error-code = لا يصلح «{ $code }» رمزًا: حروف لاتينية صغيرة وأرقام وشُرَط (مثلًا oxycodone-sr).
stock-error-duplicate-product = الدواء { $product } موجود في القائمة من قبل.
stock-error-form = «{ $form }» ليس شكلًا معروفًا: syrup أو capsule أو tablet أو other.

## ما تقوله الأوامر

stock-product-added = أُضيف الدواء { $product } إلى القائمة.
stock-received = استُلم: { $mg } ملغ من { $product }، الدفعة { $lot }.
stock-returned = أُعيد إلى السجل: { $mg } ملغ من { $product }، الدفعة { $lot }.
stock-destroyed = أُتلف: { $mg } ملغ من { $product }، الدفعة { $lot }.
stock-check-confirmed = أُكّد جرد { $product }: { $counted } ملغ، مطابق للسجل.
stock-check-corrected = صُحّح جرد { $product }: كان في السجل { $expected } ملغ، وصار فيه الآن ما عُدّ، أي { $counted } ملغ.
stock-no-moves = لا توجد حركات في السجل في ذلك اليوم.
stock-empty = لا توجد أي دفعة في السجل. سجّل استلام دفعة: seuil stock receive.
stock-checked-at = جُرد الساعة { $time } على يد { $by }
stock-not-checked = لم يُجرد اليوم بعد
stock-expired-mark = [منتهي الصلاحية]
stock-expires = تنتهي صلاحيته في
stock-none-expiring = لا تنتهي صلاحية أي دفعة خلال { $days ->
    [zero] اليوم
    [one] يوم واحد
    [two] يومين
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
}.
stock-kind-received = استلام
stock-kind-dispensed = صرف
stock-kind-returned = إرجاع
stock-kind-destroyed = إتلاف
stock-kind-correction = تصحيح

## ملصقات الجرعات المأخوذة إلى البيت

label-ml = أي { $ml } مل
label-for-day = ليوم { $day }
label-code = الرمز: { $code }
label-lot = الدفعة { $lot }
label-keep-away = يُحفظ بعيدًا عن متناول الأطفال.
label-saved = { $count ->
    [zero] لم يُكتب أي ملصق في { $path }.
    [one] كُتب ملصق واحد في { $path }.
    [two] كُتب ملصقان في { $path }.
    [few] كُتبت { $count } ملصقات في { $path }.
    [many] كُتب { $count } ملصقًا في { $path }.
   *[other] كُتب { $count } ملصق في { $path }.
}
label-sent = { $count ->
    [zero] لم يُرسل أي ملصق إلى طابعة التذاكر { $printer }.
    [one] أُرسل ملصق واحد إلى طابعة التذاكر { $printer }.
    [two] أُرسل ملصقان إلى طابعة التذاكر { $printer }.
    [few] أُرسلت { $count } ملصقات إلى طابعة التذاكر { $printer }.
    [many] أُرسل { $count } ملصقًا إلى طابعة التذاكر { $printer }.
   *[other] أُرسل { $count } ملصق إلى طابعة التذاكر { $printer }.
}
label-error-no-take-home = لا توجد جرعة للبيت في التسليم رقم { $delivery } (أو أُلغيت). رقم التسليم موجود في seuil treatment show.

## مساعدة سطر الأوامر

cli-cmd-stock = سجل المواد المخدرة: الدفعات، المرتجعات، الإتلاف، جرد اليوم، الملصقات
cli-cmd-stock-products = الأدوية التي يصرفها المركز
cli-cmd-stock-product-add = إضافة دواء إلى القائمة
cli-cmd-stock-receive = تسجيل استلام دفعة
cli-cmd-stock-return = إعادة كمية إلى السجل (جرعة بيت أُعيدت، جرعة لم تُؤخذ)
cli-cmd-stock-destroy = إخراج كمية متلفة من السجل (انسكبت، انتهت صلاحيتها، أُعيدت إلى الصيدلية)
cli-cmd-stock-check = جرد اليوم: تأكيد العدّ، أو تصحيح السجل مع ذكر السبب
cli-cmd-stock-balance = ما في السجل، حسب الدواء والدفعة
cli-cmd-stock-moves = حركات السجل في يوم واحد
cli-cmd-stock-expiring = الدفعات التي تقترب نهاية صلاحيتها
cli-cmd-stock-labels = طباعة ملصقات تسليم جرعات البيت
cli-arg-stock-product = رمز الدواء (seuil stock products)
cli-arg-product-code = رمز الدواء الجديد (حروف لاتينية صغيرة، أرقام، شُرَط)
cli-arg-form = الشكل: syrup أو capsule أو tablet أو other
cli-arg-lot = رقم الدفعة المكتوب على القارورة أو العلبة
cli-arg-mg = الكمية بالملغ
cli-arg-expires = تاريخ انتهاء الصلاحية (31/01/2027 أو 2027-01-31)
cli-arg-mg-per-ml = تركيز الشراب، بالملغ في الملّيلتر
cli-arg-mg-per-unit = عيار الكبسولة أو القرص، بالملغ
cli-arg-stock-reason = السبب (لازم لتصحيح الجرد)
cli-arg-counted = الكمية المعدودة، بالملغ
cli-arg-delivery = رقم تسليم جرعات البيت
cli-arg-name-fr = الاسم بالفرنسية
cli-arg-name-nl = الاسم بالهولندية
cli-arg-name-en = الاسم بالإنجليزية
cli-arg-name-ar = الاسم بالعربية
cli-arg-name-ti = الاسم بالتغرينية
cli-arg-name-pl = الاسم بالبولندية

## نافذة السجل في المكتب

register-title = سجل المواد المخدرة
register-expires = ينتهي { $day }
register-checked = جُرد { $time } ✓
register-not-checked = الجرد لم يُنجز
register-loading = جارٍ قراءة السجل…
register-moves-today = حركات اليوم
register-check-title = جرد اليوم: { $product } (بالملغ؛ أي فرق يحتاج إلى سبب)
register-receive-title = استلام دفعة: { $product }
register-field-counted = المعدود (ملغ)
register-field-reason = السبب
register-field-lot = الدفعة
register-field-mg = الكمية (ملغ)
register-field-expires = تنتهي في
register-field-strength = ملغ/مل أو ملغ/وحدة
register-error-number = اكتب عدد الملّيغرامات، مثلًا 60 أو 2.5.
register-error-strength = اكتب التركيز عددًا (مثلًا 1 أو 10)، أو اتركه فارغًا.
help-action-register-check = جرد اليوم للدواء المختار (تأكيد أو تصحيح)
help-action-register-receive = تسجيل استلام دفعة من الدواء المختار
hint-register-check = جرد
hint-register-receive = استلام

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

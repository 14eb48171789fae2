# شباك الحد من المخاطر: المعدات المعطاة والمُعادة، النالوكسون.

audit-counter-item-update = تعديل قائمة المعدات
audit-counter-exchange-insert = تسجيل معدات أُعطيت
audit-naloxone-batch-insert = استلام دفعة نالوكسون
audit-naloxone-kit-insert = إعطاء عدة نالوكسون
audit-naloxone-reversal-insert = تسجيل استعمال عدة نالوكسون
counter-error-unknown-item = «{ $item }» ليس في قائمة الشباك. المعدات: seuil counter items.
counter-error-removed-item = لم يعد «{ $item }» يُعطى في هذا المركز.
counter-error-nothing = لا شيء للتسجيل: اذكر ما أُعطي أو كم قطعة مستعملة أُعيدت.

# شباك الحد من المخاطر: المعدات المعطاة والمُعادة، النالوكسون.

audit-counter-item-update = تعديل قائمة المعدات
audit-counter-exchange-insert = تسجيل معدات أُعطيت
audit-naloxone-batch-insert = استلام دفعة نالوكسون
audit-naloxone-kit-insert = إعطاء عدة نالوكسون
audit-naloxone-reversal-insert = تسجيل استعمال عدة نالوكسون

# ምትካእ ሕክምና፡ ትእዛዝ መድሃኒት፣ ዓቐናት፣ ውሳነታት ሓኪም።

audit-prescription-insert = ትእዛዝ መድሃኒት ምምዝጋብ
audit-dose-insert = ዓቐን መድሃኒት ምምዝጋብ
audit-decision-insert = ውሳነ ሓኪም ምምዝጋብ
audit-product-update = ዝርዝር መድሃኒታት ምቕያር
audit-stock-update = ኣብ መዝገብ ዝቆጻጸሩ መድሃኒታት ምጽሓፍ
audit-tdi-insert = ናይ TDI ምዕራፍ ሕክምና ምኽፋት
audit-tdi-update = ናይ TDI ምዕራፍ ሕክምና ምምላእ

# stock

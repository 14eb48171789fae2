# dispensary

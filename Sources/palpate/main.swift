print("palpate")

module langoracle/loopvar121

go 1.21
